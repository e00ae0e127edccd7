package org.presstm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryCommandTest {
    @TempDir
    Path project;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void glossary() throws IOException {
        Files.createDirectories(project.resolve("glossaries"));
        Files.writeString(project.resolve("glossaries/mm.csv"), "id,az,en,ru,status,pos\n"
                + "mm,Milli Məclis,Milli Majlis,Милли Меджлис,preferred,properNoun\n"
                + "mm,,Milli Mejlis,,deprecated,\n"
                + "person-guliyev,Azay Quliyev,Azay Guliyev,Азай Гулиев,preferred,properNoun\n", StandardCharsets.UTF_8);
    }

    private int run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--project";
        all[1] = project.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), all);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void lookupByRussianSpellingFindsTheEntry() {
        assertEquals(ExitCode.OK, run("glossary", "lookup", "Гулиеву"));
        assertTrue(out().contains("person-guliyev") && out().contains("Azay Quliyev"), out());
    }

    @Test
    void lookupWithoutMatchExitsOne() {
        assertEquals(ExitCode.FAILURE, run("glossary", "lookup", "Bundestag"));
    }

    @Test
    void scanPrintsPositionsAndFlagsDeprecatedForms() throws IOException {
        Path text = project.resolve("en.txt");
        Files.writeString(text, "The Milli Mejlis met.", StandardCharsets.UTF_8);
        assertEquals(ExitCode.OK, run("glossary", "scan", text.toString(), "--lang", "en", "--format", "json"));
        assertTrue(out().contains("\"start\":4,\"end\":16") && out().contains("\"status\":\"deprecated\""), out());
    }

    @Test
    void addThenExportRoundTrips() throws IOException {
        assertEquals(ExitCode.OK, run("glossary", "add", "--id", "pace", "--az", "AŞPA", "--en", "PACE", "--ru", "ПАСЕ"));
        Path csv = project.resolve("all.csv");
        assertEquals(ExitCode.OK, run("glossary", "export", "-o", csv.toString()));
        assertTrue(Files.readString(csv, StandardCharsets.UTF_8).contains("pace,AŞPA,PACE,ПАСЕ"));
    }

    @Test
    void addRefusesAnIdTheProjectHas() {
        assertEquals(ExitCode.BAD_INPUT, run("glossary", "add", "--id", "mm", "--en", "Parliament"));
    }

    @Test
    void importOfMalformedFileIsBadInputAndWritesNothing() throws IOException {
        Path bad = project.resolve("bad.tbx");
        Files.writeString(bad, "<martif><text>", StandardCharsets.UTF_8);
        assertEquals(ExitCode.BAD_INPUT, run("glossary", "import", bad.toString()));
        assertTrue(Files.notExists(project.resolve("glossaries/bad.tbx")));
    }

    @Test
    void transliterateProposesRussianAndEnglish() {
        assertEquals(ExitCode.OK, run("glossary", "transliterate", "Sahibə", "Qafarova", "--from", "az", "--to", "ru,en"));
        assertTrue(out().contains("Сахиба Гафарова") && out().contains("Sahiba Gafarova"), out());
    }
}
