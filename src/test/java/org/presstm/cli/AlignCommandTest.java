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

import org.presstm.lang.Language;

class AlignCommandTest {
    @TempDir
    Path dir;

    private String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new String[] {String.valueOf(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    private Path release() throws Exception {
        Path r = Files.createDirectories(dir.resolve("archive").resolve("2026-03-12_demo"));
        for (Language lang : Language.values()) {
            Files.writeString(r.resolve(lang + ".txt"), DemoCommand.bundled(lang), StandardCharsets.UTF_8);
        }
        return r;
    }

    @Test
    void presegmentedInputPrintsVecalignBeads() throws Exception {
        Path src = Files.writeString(dir.resolve("az.sent"), "Sədr 12 martda Estoniya heyətini qəbul edib.\n"
                + "Görüşdə əməkdaşlıq müzakirə olunub.\n", StandardCharsets.UTF_8);
        Path tgt = Files.writeString(dir.resolve("en.sent"), "On 12 March the Chair received the Estonian delegation.\n"
                + "The meeting discussed cooperation.\n", StandardCharsets.UTF_8);
        String[] r = run("align", "--presegmented", "--from", "az", "--to", "en", src.toString(), tgt.toString());
        assertEquals("0", r[0], r[2]);
        assertEquals("[0]:[0]\n[1]:[1]\n", r[1].replace("\r", ""));
        String[] scored = run("align", "--presegmented", "--from", "az", "--to", "en", "--scores", src.toString(),
                tgt.toString());
        assertTrue(scored[1].startsWith("[0]:[0]\t0."), scored[1]);
    }

    @Test
    void writesTmxAndReviewAndDoesNotDuplicateUnitsInTheMemory() throws Exception {
        Path r = release();
        Path tmx = dir.resolve("out.tmx");
        Path html = dir.resolve("review.html");
        Path tm = dir.resolve("tm.db");
        String[] first = run("align", "--az", r.resolve("az.txt").toString(), "--en", r.resolve("en.txt").toString(),
                "--ru", r.resolve("ru.txt").toString(), "-o", tmx.toString(), "--review", html.toString(),
                "--into-tm", "--tm", tm.toString());
        assertEquals("0", first[0], first[2]);
        assertTrue(Files.readString(tmx).contains("<tuv xml:lang=\"ru\">"));
        assertTrue(Files.readString(html).contains("<table>"));
        String[] again = run("align", r.getParent().toString(), "--into-tm", "--tm", tm.toString());
        assertEquals("0", again[0], again[2]);
        assertTrue(again[1].contains(" 0 units added"), again[1]);
    }

    @Test
    void aVersionInTheWrongLanguageGivesAWarning() throws Exception {
        Path r = release();
        Files.writeString(r.resolve("az.txt"), DemoCommand.bundled(Language.EN), StandardCharsets.UTF_8);
        String[] out = run("align", r.getParent().toString(), "--threads", "2");
        assertEquals("0", out[0], out[2]);
        assertTrue(out[2].contains("looks English (en), not Azerbaijani (az)"), out[2]);
    }

    @Test
    void aMissingFileIsBadInput() {
        String[] r = run("align", "--az", dir.resolve("none.txt").toString(), "--en", dir.resolve("no.txt").toString());
        assertEquals(String.valueOf(ExitCode.BAD_INPUT), r[0]);
    }
}
