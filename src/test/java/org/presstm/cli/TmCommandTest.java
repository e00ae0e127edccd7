package org.presstm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TmCommandTest {
    @TempDir
    Path dir;

    static String fixture() {
        try {
            return Path.of(TmCommandTest.class.getResource("/tm/three-languages.tmx").toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void importThenStatsMatchSearchAndExportFromTheProjectMemory() throws Exception {
        String project = dir.toString();
        CliTest.Run imported = CliTest.run("--project", project, "tm", "import", fixture());
        assertEquals(0, imported.exit(), imported.err());
        assertTrue(imported.out().contains("3 units read, 3 added, 0 merged, 0 skipped"), imported.out());
        assertTrue(Files.exists(dir.resolve("tm").resolve("memory.db")));

        CliTest.Run stats = CliTest.run("tm", "stats", "--project", project, "--format", "json");
        assertTrue(stats.out().contains("\"units\": 3"), stats.out());
        assertTrue(stats.out().contains("\"az-en\": 3"), stats.out());

        CliTest.Run match = CliTest.run("--project", project, "tm", "match",
                "Milli Məclisin sədri Sahibə Qafarova Latviya nümayəndə heyəti ilə görüşüb.", "--from", "az", "--to", "en");
        assertEquals(0, match.exit(), match.err());
        assertTrue(match.out().contains("[Estoniya]"), match.out());
        assertTrue(match.out().contains("en: Chair of the Milli Majlis <1>Sahiba Gafarova</1>"), match.out());
        assertTrue(!match.out().contains("ru:"), match.out());

        CliTest.Run search = CliTest.run("--project", project, "tm", "search", "meclis", "--format", "json");
        assertTrue(search.out().contains("[Məclisin]"), search.out());

        Path out = dir.resolve("out.tmx");
        CliTest.Run export = CliTest.run("--project", project, "tm", "export", "-o", out.toString(), "--since",
                "2026-03-12");
        assertEquals(0, export.exit(), export.err());
        assertTrue(export.out().contains("exported 2 units"), export.out());
    }

    @Test
    void badTmxIsExitThreeWithFileAndLine() throws Exception {
        Path bad = dir.resolve("bad.tmx");
        Files.writeString(bad, "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header srclang=\"az\"/><body>\n<tu><tuv",
                StandardCharsets.UTF_8);
        CliTest.Run r = CliTest.run("tm", "import", "--tm", dir.resolve("m.db").toString(), bad.toString());
        assertEquals(ExitCode.BAD_INPUT, r.exit());
        assertTrue(r.err().contains(bad + ":3: "), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void lookupInAMissingMemoryIsBadInput() {
        CliTest.Run r = CliTest.run("tm", "match", "Salam", "--tm", dir.resolve("none.db").toString());
        assertEquals(ExitCode.BAD_INPUT, r.exit());
        assertTrue(r.err().contains("no memory here"), r.err());
    }

    @Test
    void badSinceDateIsAUsageError() throws Exception {
        String db = dir.resolve("m.db").toString();
        CliTest.run("tm", "import", "--tm", db, fixture());
        CliTest.Run r = CliTest.run("tm", "export", "--tm", db, "-o", dir.resolve("x.tmx").toString(), "--since", "soon");
        assertEquals(ExitCode.USAGE, r.exit());
        assertTrue(r.err().contains("--since 'soon' is not a date"), r.err());
    }
}
