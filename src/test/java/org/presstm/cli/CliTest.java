package org.presstm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path dir;

    /** What a run of presstm printed and returned. */
    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void helpAndVersionExitZero() {
        Run help = run("--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("segment"), help.out());
        assertTrue(help.out().contains("Exit codes"), help.out());
        Run version = run("--version");
        assertEquals(0, version.exit());
        assertTrue(version.out().startsWith("presstm "), version.out());
        assertEquals(0, run("segment", "--help").exit());
    }

    @Test
    void everyCommandIsListedUnderItsOwnNameAndTopLevelHelpListsThemAll() {
        Run help = run("--help");
        PresstmCommand.COMMANDS.forEach((name, command) -> {
            Object instance = command.get();
            assertEquals(name, instance.getClass().getAnnotation(picocli.CommandLine.Command.class).name());
            assertTrue(help.out().contains("  " + name + " "), name + " missing from:\n" + help.out());
        });
    }

    @Test
    void aMistypedCommandIsAUsageErrorThatSuggestsTheRightOne() {
        Run r = run("pak", "release.txt");
        assertEquals(ExitCode.USAGE, r.exit());
        assertTrue(r.err().contains("pack"), r.err());
    }

    @Test
    void globalOptionsBeforeTheCommandStillWork() throws Exception {
        Run r = run("--project", dir.toString(), "segment", "--lang", "en", write("b.txt", "One. Two.").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Two."), r.out());
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run r = run("segment", "--no-such-option", "x.txt");
        assertEquals(ExitCode.USAGE, r.exit());
        assertTrue(r.err().contains("--no-such-option"), r.err());
    }

    @Test
    void unsupportedLanguageIsAUsageError() throws Exception {
        Run r = run("segment", "--lang", "fr", write("a.txt", "Bonjour.").toString());
        assertEquals(ExitCode.USAGE, r.exit());
        assertTrue(r.err().contains("unsupported language 'fr'"), r.err());
    }

    @Test
    void segmentPrintsOneSentenceALineAndBlankLinesBetweenParagraphs() throws Exception {
        Path f = write("az.txt", "\uFEFFBaşlıq\r\n\r\nBirinci cümlə. İkinci cümlənin\r\ndavamı burada.\r\n");
        Run r = run("segment", "--lang", "az", f.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("Başlıq\n\nBirinci cümlə.\nİkinci cümlənin davamı burada.\n", r.out());
    }

    @Test
    void linesOptionMakesEveryLineAParagraph() throws Exception {
        Path f = write("en.txt", "First line here.\nSecond line here.\n");
        Run r = run("segment", "--lang", "en", "--lines", f.toString());
        assertEquals("First line here.\n\nSecond line here.\n", r.out());
    }

    @Test
    void jsonGivesOffsetsParagraphAndLanguage() throws Exception {
        Path f = write("ru.txt", "Заголовок\n\nПервое предложение. Второе предложение.");
        Run r = run("segment", "--format", "json", f.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\"language\": \"ru\""), r.out());
        assertTrue(r.out().contains("{\"text\": \"Второе предложение.\", \"start\": 31, \"end\": 50, "
                + "\"paragraph\": 1, \"language\": \"ru\"}"), r.out());
    }

    @Test
    void contradictedLanguageGivesAWarning() throws Exception {
        Path f = write("ru.txt", "Председатель Милли Меджлиса приняла делегацию парламента Эстонии.");
        Run r = run("segment", "--lang", "en", f.toString());
        assertEquals(0, r.exit());
        assertTrue(r.err().contains("warning") && r.err().contains("looks Russian"), r.err());
    }

    @Test
    void missingFileIsBadInputNamedInOneLine() {
        Run r = run("segment", dir.resolve("missing.txt").toString());
        assertEquals(ExitCode.BAD_INPUT, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("missing.txt: no such file"), r.err());
    }

    @Test
    void badFileDoesNotStopTheOthers() throws Exception {
        Path good = write("good.txt", "One sentence here. Another sentence there.");
        Path bad = dir.resolve("bad.txt");
        Files.write(bad, new byte[] {'a', (byte) 0xFF, 'b'});
        Run r = run("segment", "--lang", "en", bad.toString(), good.toString());
        assertEquals(ExitCode.BAD_INPUT, r.exit());
        assertTrue(r.err().contains("bad.txt:1: not valid UTF-8"), r.err());
        assertEquals("One sentence here.\nAnother sentence there.\n", r.out());
    }

    @Test
    void emptyFileGivesAWarningAndNoOutput() throws Exception {
        Run r = run("segment", write("empty.txt", "").toString());
        assertEquals(0, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().contains("empty file"), r.err());
    }

    @Test
    void directoryIsBadInput() {
        Run r = run("segment", dir.toString());
        assertEquals(ExitCode.BAD_INPUT, r.exit());
        assertTrue(r.err().contains("is a directory"), r.err());
    }

    @Test
    void demoRunsThePipelineOnBundledReleasesInAFreshFolder() throws Exception {
        Path out = dir.resolve("demo");
        Run r = run("demo", "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        for (String step : new String[] {"1. segment", "2. glossary", "3. align", "4. match", "5. pack", "6. unpack", "7. check"}) {
            assertTrue(r.out().contains(step), step + " missing in:\n" + r.out());
        }
        assertTrue(r.out().contains("Milli Məclisdə (mm)"), r.out());
        for (String lang : new String[] {"az", "en", "ru"}) {
            Path sent = out.resolve("releases").resolve(DemoCommand.RELEASE).resolve(lang + ".sent");
            assertTrue(Files.readString(sent).lines().count() > 8, lang);
        }
        assertTrue(Files.isRegularFile(out.resolve("glossaries/parliament.tbx")));
        assertTrue(Files.isRegularFile(out.resolve("tm/memory.db")));
        assertTrue(Files.isRegularFile(out.resolve("review.html")));
        assertTrue(Files.readString(out.resolve("check-report.html")).contains("terms.missing"));
        Run stats = run("--project", out.toString(), "tm", "stats");
        assertEquals(0, stats.exit(), stats.err());
        Run again = run("demo", "-o", out.toString());
        assertEquals(ExitCode.USAGE, again.exit(), again.err());
    }

}
