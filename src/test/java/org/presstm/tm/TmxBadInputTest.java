package org.presstm.tm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.presstm.InvalidInputException;

class TmxBadInputTest {
    static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header creationtool=\"t\""
            + " creationtoolversion=\"1\" datatype=\"plaintext\" segtype=\"sentence\" adminlang=\"en\" srclang=\"az\""
            + " o-tmf=\"t\"/><body>\n";
    static final String TAIL = "</body></tmx>\n";

    @TempDir
    Path dir;
    TmService tm;

    @BeforeEach
    void memoryWithThreeUnits() {
        tm = new TmService(dir.resolve("memory.db"));
        tm.importTmx(TmxRoundTripTest.fixture("three-languages.tmx"), false, null);
    }

    static String tu(String tuid, String az, String en) {
        return "<tu tuid=\"" + tuid + "\"><tuv xml:lang=\"az\"><seg>" + az + "</seg></tuv><tuv xml:lang=\"en\"><seg>" + en
                + "</seg></tuv></tu>\n";
    }

    Path write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    void assertUnchanged() {
        assertEquals(3, tm.stats().units());
    }

    @Test
    void truncatedTmxFailsWithItsLineAndLeavesMemoryUnchanged() throws Exception {
        Path f = write("cut.tmx", HEAD + tu("a", "Birinci cümlə.", "First sentence.") + "<tu tuid=\"b\"><tuv xml:la");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> tm.importTmx(f, false, null));
        assertEquals(f, e.file());
        assertEquals(4, e.line());
        assertUnchanged();
    }

    @Test
    void variantWithoutLanguageFailsStrictImportWithItsLine() throws Exception {
        Path f = write("nolang.tmx", HEAD + tu("a", "Birinci cümlə.", "First sentence.")
                + "<tu tuid=\"b\">\n<tuv><seg>Dil yoxdur.</seg></tuv><tuv xml:lang=\"en\"><seg>No language.</seg></tuv></tu>\n"
                + TAIL);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> tm.importTmx(f, true, null));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("xml:lang"), e.getMessage());
        assertUnchanged();
    }

    @Test
    void variantWithoutLanguageIsSkippedAndReportedWhenLenient() throws Exception {
        Path f = write("nolang.tmx", HEAD + "<tu tuid=\"b\">\n<tuv><seg>Dil yoxdur.</seg></tuv></tu>\n"
                + tu("a", "Tamamilə yeni cümlə.", "A brand new sentence.") + TAIL);
        ImportReport r = tm.importTmx(f, false, null);
        assertEquals(1, r.added());
        assertEquals(1, r.skipped());
        assertEquals(List.of(new ImportReport.Problem(3, "a <tuv> has no xml:lang")), r.problems());
        assertEquals(4, tm.stats().units());
    }

    @Test
    void badUnitFoundAfterManyStoredUnitsLeavesEachGoodUnitStoredOnce() throws Exception {
        // Okapi reads while the scan runs: thousands of units are stored before the scan reaches the bad
        // one at the end; that attempt is rolled back and the file read again, so nothing is doubled (more
        // units than the scan may run ahead of the reader, so the units read were forgotten and the file is
        // scanned anew for the second reading)
        StringBuilder body = new StringBuilder(HEAD);
        int good = 5_000;
        for (int i = 0; i < good; i++) {
            body.append(tu("g" + i, "Cümlə nömrəsi " + i + ".", "Sentence number " + i + "."));
        }
        body.append("<tu tuid=\"bad\">\n<tuv><seg>Dil yoxdur.</seg></tuv></tu>\n").append(TAIL);
        Path f = write("late-bad.tmx", body.toString());
        int badLine = 2 + good + 1; // two lines of head, then one line a unit
        ImportReport r = tm.importTmx(f, false, null);
        assertEquals(good, r.added());
        assertEquals(0, r.merged());
        assertEquals(1, r.skipped());
        assertEquals(badLine, r.problems().get(0).line());
        assertEquals(3 + good, tm.stats().units());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> tm.importTmx(f, true, null));
        assertEquals(badLine, e.line());
        assertEquals(3 + good, tm.stats().units());
    }

    @Test
    void unitsWithoutTheHeaderSourceLanguageAreStillRead() throws Exception {
        Path f = write("ru-only.tmx", HEAD + "<tu tuid=\"r\"><tuv xml:lang=\"ru\"><seg>Только по-русски.</seg></tuv>"
                + "<tuv xml:lang=\"en\"><seg>Russian only.</seg></tuv></tu>\n" + tu("a", "Yeni cümlə.", "New sentence.")
                + TAIL);
        ImportReport r = tm.importTmx(f, true, null);
        assertEquals(2, r.added());
    }

    @Test
    void doctypeWithExternalEntityIsRefusedAndNeverFetched() throws Exception {
        Path secret = write("secret.txt", "top secret");
        Path f = write("xxe.tmx", "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [\n<!ENTITY xxe SYSTEM \"" + secret.toUri()
                + "\">\n]>\n<tmx version=\"1.4\"><header srclang=\"az\"/><body>\n"
                + tu("a", "&xxe;", "leak") + TAIL);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> tm.importTmx(f, false, null));
        assertTrue(e.getMessage().contains("entit"), e.getMessage());
        assertTrue(e.line() > 0, e.getMessage());
        assertUnchanged();
        List<TranslationUnit> all = TmxRoundTripTest.units(tm.memoryFile());
        assertTrue(all.stream().flatMap(u -> u.variants().stream()).noneMatch(v -> v.text().plain().contains("secret")));
    }

    @Test
    void fileThatIsNotTmxIsRefused() throws Exception {
        Path f = write("page.tmx", "<?xml version=\"1.0\"?>\n<html><body>Salam</body></html>\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> tm.importTmx(f, false, null));
        assertTrue(e.getMessage().contains("not a TMX file"), e.getMessage());
        assertEquals(2, e.line());
        Path text = write("plain.tmx", "Milli Məclis\n");
        assertThrows(InvalidInputException.class, () -> tm.importTmx(text, false, null));
        assertUnchanged();
    }

    @Test
    void wrongEncodingIsRefusedWithItsLine() throws Exception {
        Path f = dir.resolve("latin1.tmx");
        Files.write(f, (HEAD + tu("a", "Caf\u00e9 au lait.", "Coffee.") + TAIL).getBytes(StandardCharsets.ISO_8859_1));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> tm.importTmx(f, false, null));
        assertEquals(3, e.line());
        assertUnchanged();
    }

    @Test
    void missingFileIsBadInput() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> tm.importTmx(dir.resolve("none.tmx"), false, null));
        assertTrue(e.getMessage().contains("no such file"), e.getMessage());
    }

    @Test
    void identicalUnitIsMergedNotDuplicated() throws Exception {
        Path f = write("again.tmx", HEAD + "<tu tuid=\"x\"><note>Second source.</note><tuv xml:lang=\"az\"><seg>"
                + "<it pos=\"begin\" x=\"3\">&lt;i&gt;</it>İkitərəfli əməkdaşlığın 30 illiyi qeyd edildi.</seg></tuv>"
                + "<tuv xml:lang=\"en\"><seg><it pos=\"begin\" x=\"3\">&lt;i&gt;</it>The 30th anniversary of bilateral"
                + " cooperation was marked.</seg></tuv></tu>\n" + TAIL);
        ImportReport r = tm.importTmx(f, true, null);
        assertEquals(1, r.merged());
        assertUnchanged();
        TranslationUnit merged = TmxRoundTripTest.units(tm.memoryFile()).get(2);
        assertEquals(List.of("Second source."), merged.notes());
    }
}
