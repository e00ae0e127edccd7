package org.presstm.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.presstm.InvalidInputException;
import org.presstm.tm.Match;
import org.presstm.tm.MatchQuery;
import org.presstm.tm.SqliteMemory;
import org.presstm.tm.TranslationUnit;

class UnpackerTest {
    @TempDir
    Path dir;

    private PackResult pack(Path release, XliffVersion version, Profile profile) {
        try (SqliteMemory memory = Fixtures.memory(dir)) {
            return Fixtures.writer(memory).pack(Fixtures.request(release, dir.resolve("out"), version, profile,
                    false));
        }
    }

    private UnpackResult unpack(Path file) {
        try (SqliteMemory memory = SqliteMemory.open(dir.resolve("memory.db"), true)) {
            return new Unpacker(memory).unpack(new UnpackRequest(file, Optional.of(dir.resolve("out")),
                    dir.resolve("translated"), UnpackRequest.DEFAULT_STATES, Optional.of("Aysel"),
                    Instant.parse("2026-03-13T09:00:00Z")));
        }
    }

    private List<TranslationUnit> units() {
        List<TranslationUnit> all = new ArrayList<>();
        try (SqliteMemory memory = SqliteMemory.open(dir.resolve("memory.db"), false)) {
            memory.forEach(List.of(), null, all::add);
        }
        return all;
    }

    private Path translated12(PackResult r, String lang, String state) throws Exception {
        Path xlf = r.folder().resolve("iclas.az-" + lang + ".xlf");
        XliffFiller.xliff12(xlf, xlf, s -> lang.toUpperCase() + ":" + s, state);
        return xlf;
    }

    @Test
    void confirmedSegmentsGoIntoTheMemoryWithProvenance() throws Exception {
        PackResult r = pack(Fixtures.txt(dir), XliffVersion.V1_2, Profile.GENERIC);
        int before = units().size();
        UnpackResult u = unpack(translated12(r, "en", "translated"));
        assertEquals(5, u.languages().get(0).confirmed());
        assertEquals(before + 4, units().size(), "4 distinct pairs; the repeated sentence merges: " + units());
        try (SqliteMemory memory = SqliteMemory.open(dir.resolve("memory.db"), false)) {
            List<Match> m = memory.match(MatchQuery.of("Qonaq Bakıya ilk dəfə gəlib.", "az", List.of("en"), 100, 1));
            TranslationUnit unit = m.get(0).unit();
            assertEquals("EN:Qonaq Bakıya ilk dəfə gəlib.", unit.variant("en").orElseThrow().text().plain());
            assertEquals("iclas", unit.release());
            assertEquals("Aysel", unit.provenance().creationId());
            assertEquals("20260313T090000Z", unit.provenance().creationDate());
        }
    }

    @Test
    void translatedPlainTextKeepsTheParagraphsOfTheOriginal() throws Exception {
        PackResult r = pack(Fixtures.txt(dir), XliffVersion.V1_2, Profile.GENERIC);
        UnpackResult u = unpack(translated12(r, "en", "translated"));
        String text = Files.readString(u.languages().get(0).output(), StandardCharsets.UTF_8);
        assertEquals(Fixtures.TXT.replaceAll("([^\\s][^.]*\\.)", "EN:$1").replace("EN: ", "EN:"), text);
    }

    @Test
    void unconfirmedStatesAreMergedButNotImported() throws Exception {
        PackResult r = pack(Fixtures.txt(dir), XliffVersion.V1_2, Profile.GENERIC);
        int before = units().size();
        UnpackResult u = unpack(translated12(r, "ru", "needs-review-translation"));
        assertEquals(0, u.languages().get(0).confirmed());
        assertEquals(before, units().size());
        assertEquals(0, u.languages().get(0).untranslated());
    }

    @Test
    void changedSourceIsRefusedNamingTheSegmentAndNothingIsImported() throws Exception {
        PackResult r = pack(Fixtures.txt(dir), XliffVersion.V1_2, Profile.GENERIC);
        Path xlf = translated12(r, "en", "translated");
        String text = Files.readString(xlf, StandardCharsets.UTF_8);
        Files.writeString(xlf, text.replace("<source xml:lang=\"az\">Tərəflər", "<source xml:lang=\"az\">Deputatlar")
                .replace("mtype=\"seg\">Tərəflər", "mtype=\"seg\">Deputatlar"), StandardCharsets.UTF_8);
        int before = units().size();
        UnpackFailure e = assertThrows(UnpackFailure.class, () -> unpack(xlf));
        assertTrue(e.getMessage().contains("segment u2/1: the source was changed"), e.getMessage());
        assertTrue(e.line() > 0, "line of the unit");
        assertEquals(before, units().size());
        assertTrue(!Files.exists(dir.resolve("translated")) || isEmpty(dir.resolve("translated")));
    }

    private static boolean isEmpty(Path d) throws Exception {
        try (var s = Files.list(d)) {
            return s.findAny().isEmpty();
        }
    }

    @Test
    void unknownSegmentWrongLanguageAndForeignPackageAreRefused() throws Exception {
        PackResult r = pack(Fixtures.txt(dir), XliffVersion.V1_2, Profile.GENERIC);
        Path xlf = translated12(r, "en", "translated");
        String text = Files.readString(xlf, StandardCharsets.UTF_8);
        Path unknown = r.folder().resolve("unknown.xlf");
        Files.writeString(unknown, text.replace("trans-unit id=\"u3\"", "trans-unit id=\"u9\""));
        assertTrue(assertThrows(UnpackFailure.class, () -> unpack(unknown)).problems().stream()
                .anyMatch(p -> p.contains("unknown segment u9/1")));
        Path german = r.folder().resolve("german.xlf");
        Files.writeString(german, text.replace("target-language=\"en\"", "target-language=\"de\""));
        assertTrue(assertThrows(UnpackFailure.class, () -> unpack(german)).getMessage()
                .contains("wrong target language 'de'"));
        Path foreign = r.folder().resolve("foreign.xlf");
        Files.writeString(foreign, text.replace("job-id=\"testpkg0001\"", "job-id=\"otherpkg01\""));
        assertTrue(assertThrows(InvalidInputException.class, () -> unpack(foreign)).getMessage()
                .contains("unknown package otherpkg01"));
    }

    @Test
    void malformedFileIsAnErrorNamingTheUnit() throws Exception {
        PackResult r = pack(Fixtures.txt(dir), XliffVersion.V1_2, Profile.GENERIC);
        Path xlf = translated12(r, "en", "translated");
        String text = Files.readString(xlf, StandardCharsets.UTF_8);
        Files.writeString(xlf, text.replace("<trans-unit id=\"u2\">", "<trans-unit id=\"u2\"><broken>"),
                StandardCharsets.UTF_8);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> unpack(xlf));
        assertTrue(e.getMessage().contains("malformed XLIFF") && e.getMessage().contains("u2"), e.getMessage());
        assertTrue(e.line() > 0);
    }

    @Test
    void toolChangesToTheFileAreTolerated() throws Exception {
        PackResult r = pack(Fixtures.txt(dir), XliffVersion.V1_2, Profile.GENERIC);
        Path xlf = translated12(r, "en", "final");
        String text = Files.readString(xlf, StandardCharsets.UTF_8)
                .replaceFirst("<xliff ", "<xliff xmlns:cat=\"urn:example:cat-tool\" ")
                .replace("<trans-unit id=\"u1\">", "<trans-unit cat:origin=\"tm\" id=\"u1\">")
                .replace("</trans-unit>", "<cat:history who=\"Aysel\"/></trans-unit>")
                .replace("source-language=\"az\" target-language=\"en\"", "target-language=\"en\" source-language=\"az\"");
        Files.writeString(xlf, text, StandardCharsets.UTF_8);
        assertEquals(5, unpack(xlf).languages().get(0).confirmed());
    }

    @Test
    void xliff20RoundTripImportsTranslatedSegments() throws Exception {
        PackResult r = pack(Fixtures.txt(dir), XliffVersion.V2_0, Profile.GENERIC);
        Path xlf = r.folder().resolve("iclas.az-ru.xlf");
        XliffFiller.xliff20(xlf, xlf, s -> "RU:" + s, "reviewed");
        PackageValidation.xliff20(xlf);
        UnpackResult u = unpack(xlf);
        assertEquals(5, u.languages().get(0).confirmed());
        String text = Files.readString(u.languages().get(0).output(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("RU:Milli Məclisin Sədri qonağı qəbul edib. RU:Görüş keçirilib.\n\n"), text);
    }

    @Test
    void omegatStyleReturnCountsChangedTargetsAsTranslated() throws Exception {
        PackResult r = pack(Fixtures.txt(dir), XliffVersion.V1_2, Profile.OMEGAT);
        Path xlf = r.folder().resolve("iclas.az-en.xlf");
        XliffFiller.xliff12(xlf, xlf, s -> s.startsWith("Görüş") ? "A meeting was held." : s, null);
        UnpackResult u = unpack(xlf);
        assertEquals(2, u.languages().get(0).confirmed(), "the two copies of the one translated sentence");
        assertEquals(3, u.languages().get(0).untranslated(), "left as the source copy");
    }
}
