package org.presstm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackCliTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path release() throws Exception {
        Path f = dir.resolve("xəbər.txt");
        Files.writeString(f, "Milli Məclisin Sədri qonağı qəbul edib. Görüş keçirilib.\n\nTərəflər əməkdaşlığı"
                + " müzakirə ediblər.\n", StandardCharsets.UTF_8);
        return f;
    }

    private static Path find(Path root, String suffix) throws Exception {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> p.toString().endsWith(suffix)).findFirst().orElseThrow();
        }
    }

    @Test
    void packThenUnpackFromTheCommandLine() throws Exception {
        Path project = dir.resolve("project");
        Run pack = run("--project", project.toString(), "pack", release().toString(), "--to", "en,ru", "--zip");
        assertEquals(0, pack.exit(), pack.err());
        assertTrue(pack.out().contains("No match") && pack.out().contains("az -> ru"), pack.out());
        assertTrue(pack.err().contains("no memory at"), pack.err());
        Path xlf = find(project.resolve("packages"), ".az-en.xlf");
        String text = Files.readString(xlf, StandardCharsets.UTF_8);
        text = text.replace("<target xml:lang=\"en\" state=\"needs-translation\"><mrk mid=\"1\" mtype=\"seg\"></mrk>"
                + " <mrk mid=\"2\" mtype=\"seg\"></mrk>", "<target xml:lang=\"en\" state=\"translated\"><mrk mid=\"1\""
                + " mtype=\"seg\">The Speaker received the guest.</mrk> <mrk mid=\"2\" mtype=\"seg\">A meeting was"
                + " held.</mrk>");
        Files.writeString(xlf, text, StandardCharsets.UTF_8);
        Run unpack = run("--project", project.toString(), "unpack", xlf.toString(), "-o", dir.resolve("en").toString(),
                "--translator", "Aysel");
        assertEquals(0, unpack.exit(), unpack.err());
        assertTrue(unpack.out().contains("2 confirmed") && unpack.out().contains("2 units added"), unpack.out());
        String en = Files.readString(find(dir.resolve("en"), ".en.txt"), StandardCharsets.UTF_8);
        assertEquals("The Speaker received the guest. A meeting was held.\n\nTərəflər əməkdaşlığı müzakirə ediblər.\n",
                en);
        assertTrue(Files.exists(project.resolve("tm/memory.db")));
    }

    @Test
    void packWithValidateChecksEveryFileAndNamesTheCommandFirst() throws Exception {
        Path out = dir.resolve("out");
        Run pack = run("pack", release().toString(), "--to", "en", "--xliff", "2.0", "--validate", "-o", out.toString(),
                "--project", dir.resolve("p").toString());
        assertEquals(0, pack.exit(), pack.err());
        Path xlf = find(out, ".az-en.xlf");
        org.presstm.xliff.PackageValidation.xliff20(xlf);
        assertTrue(Files.readString(xlf, StandardCharsets.UTF_8).contains("urn:oasis:names:tc:xliff:document:2.0"));
    }

    @Test
    void changedSourceExitsWithBadInputAndListsTheProblems() throws Exception {
        Path project = dir.resolve("project");
        assertEquals(0, run("--project", project.toString(), "pack", release().toString(), "--to", "en").exit());
        Path xlf = find(project.resolve("packages"), ".az-en.xlf");
        String text = Files.readString(xlf, StandardCharsets.UTF_8).replace("Sədri", "sədri");
        Files.writeString(xlf, text, StandardCharsets.UTF_8);
        Run unpack = run("--project", project.toString(), "unpack", xlf.toString());
        assertEquals(ExitCode.BAD_INPUT, unpack.exit());
        assertTrue(unpack.err().contains("segment u1/1: the source was changed"), unpack.err());
        assertTrue(unpack.err().contains("nothing imported"), unpack.err());
    }

    @Test
    void badOptionsAreUsageErrors() throws Exception {
        assertEquals(ExitCode.USAGE, run("pack", release().toString(), "--xliff", "1.1").exit());
        assertEquals(ExitCode.USAGE, run("pack", release().toString(), "--for", "wordfast").exit());
        assertEquals(ExitCode.USAGE, run("pack", release().toString(), "--to", "az").exit());
        assertEquals(ExitCode.BAD_INPUT, run("pack", dir.resolve("missing.txt").toString()).exit());
        assertEquals(ExitCode.BAD_INPUT, run("unpack", dir.resolve("missing.xlf").toString(), "--tm",
                dir.resolve("m.db").toString()).exit());
    }
}
