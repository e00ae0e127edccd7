package org.presstm.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.presstm.InvalidInputException;
import org.presstm.lang.Language;

class TermBaseFilesTest {
    private static final String MARTIF = """
            <?xml version="1.0" encoding="UTF-8"?>
            <martif type="TBX-Basic" xml:lang="en"><text><body>
              <termEntry id="mm">
                <descrip type="definition">The parliament of Azerbaijan.</descrip>
                <langSet xml:lang="az"><tig><term>Milli Məclis</term>
                  <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig></langSet>
                <langSet xml:lang="en">
                  <tig><term>Milli Majlis</term><termNote type="partOfSpeech">properNoun</termNote></tig>
                  <ntig><termGrp><term>Milli Mejlis</term>
                    <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termGrp></ntig>
                </langSet>
              </termEntry>
            </body></text></martif>
            """;

    private static final String TBX3 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
              <conceptEntry id="osce-pa">
                <langSec xml:lang="ru"><termSec><term>ПА ОБСЕ</term>
                  <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termSec></langSec>
                <langSec xml:lang="en"><termSec><term>OSCE PA</term></termSec></langSec>
              </conceptEntry>
            </body></text></tbx>
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void readsMartifWithStatusesAndDefinition() throws IOException {
        Concept mm = TermBases.load(write("a.tbx", MARTIF)).concept("mm").orElseThrow();
        assertEquals("The parliament of Azerbaijan.", mm.definition());
        assertEquals(List.of("Milli Majlis", "Milli Mejlis"), mm.terms(Language.EN).stream().map(Term::text).toList());
        assertEquals(TermStatus.DEPRECATED, mm.terms(Language.EN).get(1).status());
        assertEquals("properNoun", mm.terms(Language.EN).get(0).partOfSpeech());
    }

    @Test
    void readsTbxVersion3() throws IOException {
        Concept c = TermBases.load(write("b.tbx", TBX3)).concept("osce-pa").orElseThrow();
        assertEquals(TermStatus.ADMITTED, c.terms(Language.RU).get(0).status());
        assertEquals("OSCE PA", c.preferred(Language.EN).orElseThrow().text());
    }

    @Test
    void tbxWriteReadRoundTripKeepsEverything() throws IOException {
        TermBase base = Fixtures.base();
        Path out = dir.resolve("out.tbx");
        TermBases.write(base, List.of("test"), out);
        assertEquals(base.concepts(), TermBases.load(out).concepts());
    }

    @Test
    void csvAndTsvRoundTripsKeepEverything() {
        TermBase base = Fixtures.base();
        for (String name : List.of("out.csv", "out.tsv")) {
            Path out = dir.resolve(name);
            TermBases.write(base, List.of("a comment, with a comma"), out);
            // CSV groups a concept's terms by status: the same terms, perhaps in another order
            assertEquals(asSets(base), asSets(TermBases.load(out)), name);
        }
    }

    private static List<java.util.Set<Term>> asSets(TermBase base) {
        return base.concepts().stream().map(c -> (java.util.Set<Term>) new java.util.HashSet<>(c.terms())).toList();
    }

    @Test
    void csvKeepsQuotedCommasAndExtraRowsOfAConcept() throws IOException {
        Path csv = write("c.csv", "id,az,en,ru,status,note\n"
                + "mm,Milli Məclis,Milli Majlis,Милли Меджлис,preferred,\"parliament, unicameral\"\n"
                + "mm,,Milli Mejlis,,forbidden,\n");
        Concept mm = TermBases.load(csv).concept("mm").orElseThrow();
        assertEquals("parliament, unicameral", mm.note());
        assertEquals(TermStatus.DEPRECATED, mm.terms(Language.EN).get(1).status());
    }

    @Test
    void malformedTbxNamesLine() throws IOException {
        Path bad = write("bad.tbx", "<martif>\n<text><body>\n<termEntry id=\"x\">\n<langSet xml:lang=\"az\">\n</martif>\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> TermBases.load(bad));
        assertEquals(5, e.line());
        assertTrue(e.getMessage().startsWith(bad.toString() + ":5: malformed TBX"), e.getMessage());
    }

    @Test
    void externalEntityIsRefusedNotFetched() throws IOException {
        Path secret = write("secret.txt", "top secret");
        Path xxe = write("xxe.tbx", "<?xml version=\"1.0\"?>\n<!DOCTYPE martif [<!ENTITY x SYSTEM \"" + secret.toUri()
                + "\">]>\n<martif><text><body><termEntry id=\"a\"><langSet xml:lang=\"en\"><tig><term>&x;</term>"
                + "</tig></langSet></termEntry></body></text></martif>\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> TermBases.load(xxe));
        assertTrue(!e.getMessage().contains("top secret"), e.getMessage());
    }

    @Test
    void termInUnknownLanguageIsRejectedWithLine() throws IOException {
        Path de = write("de.tbx", "<martif><text><body>\n<termEntry id=\"a\">\n<langSet xml:lang=\"de\"><tig>"
                + "<term>Bundestag</term></tig></langSet></termEntry></body></text></martif>");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> TermBases.load(de));
        assertEquals(3, e.line());
        assertTrue(e.reason().contains("unknown language 'de'"), e.reason());
    }

    @Test
    void duplicateConceptInCsvNamesBothLines() throws IOException {
        Path csv = write("d.csv", "id,az,en\na,x,y\nb,z,w\na,q,r\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> TermBases.load(csv));
        assertEquals(4, e.line());
        assertTrue(e.reason().contains("duplicate concept id 'a' (first at line 2)"), e.reason());
    }

    @Test
    void duplicateConceptAcrossFilesFailsTheWholeLoad() throws IOException {
        Path a = write("a.csv", "id,en\nmm,Milli Majlis\n");
        Path b = write("b.tbx", MARTIF);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> TermBases.load(List.of(a, b)));
        assertTrue(e.getMessage().contains("duplicate concept id 'mm'"), e.getMessage());
    }

    @Test
    void csvRowWithTooManyColumnsNamesLine() throws IOException {
        Path csv = write("e.csv", "id,az,en\na,x,y\nb,z,w,extra\n");
        assertEquals(3, assertThrows(InvalidInputException.class, () -> TermBases.load(csv)).line());
    }

    @Test
    void csvColumnForUnknownLanguageIsRejected() throws IOException {
        Path csv = write("f.csv", "id,az,de\na,x,y\n");
        assertTrue(assertThrows(InvalidInputException.class, () -> TermBases.load(csv)).reason()
                .contains("unknown language 'de'"));
    }

    @Test
    void bundledBasesLoadTogether() {
        TermBase base = TermBases.loadProject(Path.of("."));
        assertTrue(base.size() >= 150 + 200, "concepts: " + base.size());
        assertTrue(base.concept("person-gafarova").isPresent());
    }
}
