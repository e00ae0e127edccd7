package org.presstm.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.presstm.lang.Language;
import org.presstm.tm.SqliteMemory;

/**
 * A real client: Debian's OmegaT (3.6) opens a presstm package headless ({@code --mode=console-translate}),
 * translates it from a project memory, and presstm takes OmegaT's translated XLIFF back. Skipped, with a
 * message, where OmegaT is not installed ({@code apt-get install omegat}).
 */
class OmegatIntegrationTest {
    @TempDir
    Path dir;

    private static Optional<Path> omegat() {
        for (String p : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(p, "omegat");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    @Test
    void omegatLoadsTranslatesAndPresstmTakesTheTranslationBack() throws Exception {
        Optional<Path> omegat = omegat();
        Assumptions.assumeTrue(omegat.isPresent(),
                "OmegaT is not installed (apt-get install omegat); skipping the OmegaT round trip");
        PackResult r;
        try (SqliteMemory memory = Fixtures.memory(dir)) {
            r = Fixtures.writer(memory).pack(Fixtures.request(Fixtures.txt(dir), dir.resolve("out"),
                    XliffVersion.V1_2, Profile.OMEGAT, false));
        }
        Fixtures.validateAll(r);
        Manifest.Target en = r.manifest().target(Language.EN).orElseThrow();
        Path project = project(r, en);
        Process p = new ProcessBuilder(omegat.get().toString(), project.toString(), "--mode=console-translate")
                .redirectErrorStream(true).redirectOutput(dir.resolve("omegat.log").toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "OmegaT did not finish in 3 minutes");
        String log = Files.readString(dir.resolve("omegat.log"), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), log);
        assertFalse(log.contains("Exception") || log.contains("SEVERE") || log.contains("Error:"), log);
        assertEquals(r.manifest().segments().size(), totalSegments(project), "OmegaT counts every segment");

        Path translated = project.resolve("target").resolve(en.xliff());
        try (SqliteMemory memory = SqliteMemory.open(dir.resolve("memory.db"), false)) {
            long before = memory.stats().units();
            UnpackResult u = new Unpacker(memory).unpack(new UnpackRequest(translated, Optional.of(dir.resolve("out")),
                    dir.resolve("translated"), UnpackRequest.DEFAULT_STATES, Optional.of("OmegaT"), Instant.now()));
            assertEquals(3, u.languages().get(0).confirmed(), "the three segments the project memory translated");
            assertEquals(before + 2, memory.stats().units(), "two new pairs; 'Görüş keçirilib.' twice is one pair");
            String text = Files.readString(u.languages().get(0).output(), StandardCharsets.UTF_8);
            assertTrue(text.startsWith("The Speaker of the Milli Majlis received the guest. A meeting took place."),
                    text);
        }
    }

    /** An OmegaT project: the XLIFF as source, the package TMX under tm/, the TBX under glossary/. */
    private Path project(PackResult r, Manifest.Target en) throws Exception {
        Path project = dir.resolve("omegat-project");
        for (String d : List.of("source", "target", "tm", "glossary", "omegat", "dictionary")) {
            Files.createDirectories(project.resolve(d));
        }
        Files.copy(r.folder().resolve(en.xliff()), project.resolve("source").resolve(en.xliff()));
        Files.copy(r.folder().resolve(en.tmx()), project.resolve("tm").resolve(en.tmx()));
        Files.copy(r.folder().resolve(en.tbx()), project.resolve("glossary").resolve(en.tbx()));
        Files.writeString(project.resolve("omegat.project"), read("omegat.project"), StandardCharsets.UTF_8);
        Files.writeString(project.resolve("omegat").resolve("project_save.tmx"), read("project_save.tmx"),
                StandardCharsets.UTF_8);
        return project;
    }

    private static String read(String resource) throws Exception {
        try (var in = OmegatIntegrationTest.class.getResourceAsStream("/xliff/omegat/" + resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int totalSegments(Path project) throws Exception {
        String stats = Files.readString(project.resolve("omegat").resolve("project_stats.txt"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("(?m)^Total:\\s+(\\d+)").matcher(stats);
        assertTrue(m.find(), stats);
        return Integer.parseInt(m.group(1));
    }
}
