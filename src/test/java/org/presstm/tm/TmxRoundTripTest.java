package org.presstm.tm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TmxRoundTripTest {
    @TempDir
    Path dir;

    static Path fixture(String name) {
        try {
            return Path.of(TmxRoundTripTest.class.getResource("/tm/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<TranslationUnit> units(Path memory) {
        List<TranslationUnit> out = new ArrayList<>();
        try (SqliteMemory m = SqliteMemory.open(memory, false)) {
            m.forEach(List.of(), null, out::add);
        }
        return out;
    }

    @Test
    void importExportImportGivesTheSameUnits() {
        TmService first = new TmService(dir.resolve("first.db"));
        ImportReport report = first.importTmx(fixture("three-languages.tmx"), true, null);
        assertEquals(3, report.added());
        Path exported = dir.resolve("export.tmx");
        assertEquals(3, first.exportTmx(exported, List.of(), null, "test"));
        TmService second = new TmService(dir.resolve("second.db"));
        second.importTmx(exported, true, null);
        assertEquals(units(first.memoryFile()), units(second.memoryFile()));
    }

    @Test
    void importKeepsInlineCodesPropertiesNotesAndDates() {
        TmService tm = new TmService(dir.resolve("m.db"));
        tm.importTmx(fixture("three-languages.tmx"), true, null);
        TranslationUnit first = units(tm.memoryFile()).get(0);
        assertEquals("rel-1", first.tuid());
        assertEquals("2026-03-12_estonia-delegation", first.release());
        assertEquals(List.of(new Prop("x-domain", "foreign affairs"), new Prop("x-domain", "parliament")),
                first.props());
        assertEquals(List.of("Title of the release.", "Checked by the desk."), first.notes());
        assertEquals(new Provenance("20260312T101500Z", "press", "20260313T090000Z", "editor", 3),
                first.provenance());
        Variant az = first.variant("az").orElseThrow();
        assertEquals("Milli Məclisin sədri <1>Sahibə Qafarova</1> Estoniya nümayəndə heyəti ilə görüşüb.",
                az.text().display());
        assertEquals(new InlineCode(InlineCode.Kind.OPEN, 1, "", "<b>"), az.text().codes().get(0));
        assertEquals(List.of(new Prop("x-origin", "meclis.gov.az")), az.props());
        assertEquals(List.of("Name as the embassy spells it."), first.variant("en").orElseThrow().notes());
        assertEquals(3, first.variants().size());
        TranslationUnit third = units(tm.memoryFile()).get(2);
        assertEquals(InlineCode.Kind.ISOLATED_OPEN, third.variant("en").orElseThrow().text().codes().get(0).kind());
    }

    @Test
    void exportWritesValidTmxHeader() throws Exception {
        TmService tm = new TmService(dir.resolve("m.db"));
        tm.importTmx(fixture("three-languages.tmx"), true, null);
        Path out = dir.resolve("out.tmx");
        tm.exportTmx(out, List.of("az", "en"), null, "test");
        String xml = Files.readString(out);
        for (String attr : List.of("creationtool=", "creationtoolversion=", "segtype=", "o-tmf=", "adminlang=",
                "srclang=\"az\"", "datatype=")) {
            assertTrue(xml.contains(attr), attr + " in\n" + xml);
        }
        assertTrue(!xml.contains("xml:lang=\"ru\""), "ru left out");
    }
}
