package org.presstm.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.presstm.lang.Language;
import org.presstm.tm.SqliteMemory;

class PackageWriterTest {
    @TempDir
    Path dir;
    private int packs;

    private PackResult pack(Path release, XliffVersion version, Profile profile, boolean zip) {
        try (SqliteMemory memory = Fixtures.memory(dir)) {
            PackResult r = Fixtures.writer(memory).pack(Fixtures.request(release, dir.resolve("out-" + (++packs)), version,
                    profile, zip));
            Fixtures.validateAll(r);
            return r;
        }
    }

    private static String read(Path p) throws Exception {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    @Test
    void plainTextPackageHasSegmentsExactFuzzyAndTermNotes() throws Exception {
        PackResult r = pack(Fixtures.txt(dir), XliffVersion.V1_2, Profile.GENERIC, false);
        String en = read(r.folder().resolve("iclas.az-en.xlf"));
        assertTrue(en.contains("<mrk mid=\"2\" mtype=\"seg\">Görüş keçirilib.</mrk>"), en);
        assertTrue(en.contains("<mrk mid=\"2\" mtype=\"seg\">A meeting was held.</mrk>"), en);
        assertTrue(en.contains("match-quality=\""), en);
        assertTrue(en.contains("origin=\"presstm-tm\""), en);
        assertTrue(en.contains("Milli Majlis"), en);
        assertTrue(en.contains("job-id=\"testpkg0001\""), en);
        String ru = read(r.folder().resolve("iclas.az-ru.xlf"));
        assertTrue(ru.contains(">Состоялась встреча.</mrk>"), ru);
    }

    @Test
    void wholeUnitOfExactMatchesIsMarkedForReview() throws Exception {
        PackResult r = pack(Fixtures.txt(dir), XliffVersion.V1_2, Profile.GENERIC, false);
        String en = read(r.folder().resolve("iclas.az-en.xlf"));
        // the last paragraph is only "Görüş keçirilib.": pre-filled, to be reviewed
        assertTrue(en.contains("state=\"needs-review-translation\""), en);
        assertTrue(en.contains("state=\"needs-translation\""), en);
    }

    @Test
    void leverageReportCountsRepetitionsExactFuzzyAndNew() throws Exception {
        PackResult r = pack(Fixtures.txt(dir), XliffVersion.V1_2, Profile.GENERIC, false);
        LeverageReport en = r.manifest().target(Language.EN).orElseThrow().report();
        assertEquals(5, en.total().segments());
        assertEquals(1, en.band(MatchBand.REPETITION).segments());
        assertEquals(1, en.band(MatchBand.EXACT).segments());
        assertEquals(5, en.band(MatchBand.REPETITION).segments() + en.band(MatchBand.EXACT).segments()
                + en.band(MatchBand.HIGH).segments() + en.band(MatchBand.MEDIUM).segments()
                + en.band(MatchBand.LOW).segments() + en.band(MatchBand.WEAK).segments()
                + en.band(MatchBand.NONE).segments());
        assertEquals(2, en.band(MatchBand.EXACT).words());
        assertTrue(en.format(Language.AZ).contains("Repetitions"));
    }

    @Test
    void omegatProfileCopiesSourceIntoEveryTargetWithStateNew() throws Exception {
        PackResult r = pack(Fixtures.txt(dir), XliffVersion.V1_2, Profile.OMEGAT, false);
        String en = read(r.folder().resolve("iclas.az-en.xlf"));
        assertFalse(en.contains("needs-review"), en);
        assertFalse(en.contains(">A meeting was held.</mrk>"), en);
        assertTrue(en.contains("<target xml:lang=\"en\" state=\"new\"><mrk mid=\"1\" mtype=\"seg\">Milli Məclisin"),
                en);
        assertTrue(en.contains("<target xml:lang=\"en\">A meeting was held.</target>"), "exact match offered: " + en);
    }

    @Test
    void xliff20HasMatchesGlossaryStateAndPackageId() throws Exception {
        PackResult r = pack(Fixtures.txt(dir), XliffVersion.V2_0, Profile.GENERIC, false);
        String en = read(r.folder().resolve("iclas.az-en.xlf"));
        assertTrue(en.contains("<mtc:match"), en);
        assertTrue(en.contains("ref=\"#s2\""), en);
        assertTrue(en.contains("<gls:glossEntry"), en);
        assertTrue(en.contains("state=\"translated\""), en);
        assertTrue(en.contains(">testpkg0001</mda:meta>"), en);
    }

    @Test
    void packageHoldsManifestOriginalAndFilesPerLanguage() throws Exception {
        PackResult r = pack(Fixtures.txt(dir), XliffVersion.V1_2, Profile.GENERIC, true);
        for (String name : new String[] {"manifest.xml", "original/iclas.txt", "iclas.az-en.xlf", "iclas.az-en.tmx",
                "iclas.az-en.tbx", "iclas.az-ru.xlf", "iclas.az-ru.tmx", "iclas.az-ru.tbx"}) {
            assertTrue(Files.isRegularFile(r.folder().resolve(name)), name);
        }
        Manifest back = ManifestXml.read(r.folder().resolve("manifest.xml"));
        assertEquals(r.manifest(), back);
        assertTrue(r.zip().isPresent());
        Path unzipped = dir.resolve("unzipped");
        assertEquals(8, PackageZip.unzip(r.zip().get(), unzipped).size());
        String tbx = read(r.folder().resolve("iclas.az-en.tbx"));
        assertTrue(tbx.contains("Milli Majlis") && !tbx.contains("Милли"), tbx);
    }

    @Test
    void htmlAndDocxKeepInlineFormattingAsCodes() throws Exception {
        PackResult html = pack(Fixtures.html(dir), XliffVersion.V1_2, Profile.GENERIC, false);
        String h = read(html.folder().resolve("iclas.az-en.xlf"));
        assertTrue(h.contains("<g id=\"1\""), h);
        PackResult docx = pack(Fixtures.docx(dir), XliffVersion.V2_0, Profile.GENERIC, false);
        String d = read(docx.folder().resolve("iclas.az-en.xlf"));
        assertTrue(d.contains("<pc id=\"1\"") || d.contains("<sc id=\"1\""), d);
    }

    @Test
    void fileNamesFromTitlesCannotLeaveTheFolder() {
        assertEquals("etc_passwd", FileNames.safe("../../etc/passwd"));
        assertEquals("Milli_Məclis_sessiya", FileNames.safe("Milli Məclis: sessiya?"));
        assertEquals("release_CON", FileNames.safe("CON"));
        assertEquals("release", FileNames.safe("..."));
    }
}
