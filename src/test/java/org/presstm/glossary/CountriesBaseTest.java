package org.presstm.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.VersionInfo;

import org.presstm.lang.Language;
import org.presstm.lang.TextNormalizer;

/**
 * The generated glossaries/countries.tbx (scripts/generate-countries.py): countries and their capitals in az, en
 * and ru, as the glossary reads them.
 */
class CountriesBaseTest {
    private static final Path FILE = Path.of("glossaries", "countries.tbx");
    private static final TermBase BASE = TermBases.load(FILE);
    private static final Pattern COUNTRY_REF = Pattern.compile("\\bcountry-([a-z]{2})\\b");
    private static final Pattern CAPITAL_ID = Pattern.compile("capital-([a-z]{2})(?:-[2-9])?");
    private static final Pattern ZONE = Pattern.compile("exemplar city of the time zone (\\S+)");

    private static List<Concept> capitals() {
        return BASE.concepts().stream().filter(c -> c.id().startsWith("capital-")).toList();
    }

    private static String preferred(Concept c, Language language) {
        return c.preferred(language).map(Term::text).orElse(null);
    }

    private static void assertCapital(String id, String az, String en, String ru) {
        Concept c = BASE.concept(id).orElseThrow(() -> new AssertionError("no concept " + id));
        assertEquals(az, preferred(c, Language.AZ), id + " az");
        assertEquals(en, preferred(c, Language.EN), id + " en");
        assertEquals(ru, preferred(c, Language.RU), id + " ru");
        for (Term t : c.terms()) {
            assertTrue(t.status().usable(), id + ": " + t);
            assertEquals("properNoun", t.partOfSpeech(), id + ": " + t);
        }
    }

    @Test
    void capitalsHaveTheirNamesInThreeLanguages() {
        assertCapital("capital-ee", "Tallin", "Tallinn", "Таллин");
        assertCapital("capital-ge", "Tbilisi", "Tbilisi", "Тбилиси");
        assertCapital("capital-ru", "Moskva", "Moscow", "Москва");
        assertCapital("capital-ua", "Kiyev", "Kyiv", "Киев");
        assertCapital("capital-at", "Vyana", "Vienna", "Вена");
        assertCapital("capital-uz", "Daşkənd", "Tashkent", "Ташкент");
        assertCapital("capital-kp", "Pxenyan", "Pyongyang", "Пхеньян");
        // matched through CLDR's Azerbaijani name: world-countries' "Ulan Bator" is zone Asia/Ulaanbaatar
        assertCapital("capital-mn", "Ulanbator", "Ulan Bator", "Улан-Батор");
        assertTrue(BASE.concept("capital-mn").orElseThrow().terms(Language.EN).stream()
                .anyMatch(t -> t.text().equals("Ulaanbaatar") && t.status() == TermStatus.ADMITTED));
        Concept ee = BASE.concept("capital-ee").orElseThrow();
        assertEquals("capital", ee.subject());
        assertTrue(ee.source().contains("world-countries") && ee.source().contains("CLDR")
                && ee.source().contains("Europe/Tallinn"), ee.source());
        assertTrue(ee.note().contains("country-ee"), ee.note());
    }

    @Test
    void capitalsThatAreNoExemplarCityKeepTheirEnglishNameOnly() {
        assertCapital("capital-tr", null, "Ankara", null);
        assertCapital("capital-us", null, "Washington D.C.", null);
        assertCapital("capital-au", null, "Canberra", null);
        assertCapital("capital-ng", null, "Abuja", null);
        assertTrue(BASE.concept("capital-tr").orElseThrow().source().contains("English only"));
        // several capitals: one concept each, all naming the country
        assertEquals(List.of("Pretoria", "Bloemfontein", "Cape Town"), List.of("capital-za", "capital-za-2",
                "capital-za-3").stream().map(id -> preferred(BASE.concept(id).orElseThrow(), Language.EN)).toList());
    }

    @Test
    void everyCapitalNamesAnExistingCountryConcept() {
        List<Concept> capitals = capitals();
        assertTrue(capitals.size() > 200, "capitals: " + capitals.size());
        for (Concept c : capitals) {
            Matcher id = CAPITAL_ID.matcher(c.id());
            assertTrue(id.matches(), c.id());
            Matcher ref = COUNTRY_REF.matcher(c.note());
            assertTrue(ref.find(), c.id() + " note names no country: " + c.note());
            assertEquals(id.group(1), ref.group(1), c.id() + ": " + c.note());
            assertTrue(BASE.concept("country-" + ref.group(1)).isPresent(), c.id() + " names a missing country-"
                    + ref.group(1));
            assertEquals("capital", c.subject(), c.id());
            assertTrue(c.source().startsWith("Capital of " + ref.group(1).toUpperCase(java.util.Locale.ROOT)
                    + ": world-countries"), c.id() + ": " + c.source());
            assertTrue(c.preferred(Language.EN).isPresent(), c.id() + " has no English name");
            // az and ru come together, from one CLDR exemplar city, or not at all
            boolean az = c.preferred(Language.AZ).isPresent();
            boolean ru = c.preferred(Language.RU).isPresent();
            assertEquals(az, ru, c.id());
            assertEquals(az, ZONE.matcher(c.source()).find(), c.id() + ": " + c.source());
            c.terms(Language.RU).forEach(t -> assertTrue(t.text().matches("[\\p{IsCyrillic} \\-]+"), c.id() + ": " + t));
        }
    }

    @Test
    void headerCountsMatchTheFile() {
        long full = capitals().stream().filter(c -> c.preferred(Language.AZ).isPresent()).count();
        long englishOnly = capitals().size() - full;
        String text;
        try {
            text = java.nio.file.Files.readString(FILE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertTrue(text.contains(full + " capitals have az, en and ru names; " + englishOnly
                + " are no CLDR exemplar city"), "header counts differ from " + full + "/" + englishOnly);
    }

    /** The project's other bases keep their own entry for a city (parliament.tbx's Baku): one city, one entry. */
    @Test
    void noCapitalRepeatsAPlaceOfAnotherBase() {
        TermBase project = TermBases.loadProject(Path.of("."));
        Map<String, String> places = new HashMap<>();
        for (Concept c : project.concepts()) {
            if (!c.id().startsWith("capital-") && !c.id().startsWith("country-")) {
                c.terms(Language.EN).forEach(t -> places.put(TextNormalizer.fold(t.text(), Language.EN), c.id()));
            }
        }
        List<String> twice = new ArrayList<>();
        for (Concept c : capitals()) {
            for (Term t : c.terms(Language.EN)) {
                String other = places.get(TextNormalizer.fold(t.text(), Language.EN));
                if (other != null) {
                    twice.add(c.id() + " = " + other);
                }
            }
        }
        assertEquals(List.of(), twice);
        assertTrue(project.concept("baku").isPresent() && BASE.concept("capital-az").isEmpty());
    }

    @Test
    void lookupAndScanFindCapitalsInEveryLanguageAndForm() {
        Glossary glossary = Glossary.of(TermBases.loadProject(Path.of(".")));
        for (String q : List.of("Tallinn", "Таллин", "Tallin", "Tallində", "Таллине")) {
            List<String> ids = glossary.lookup(q, Optional.empty()).stream().map(r -> r.concept().id()).toList();
            assertFalse(ids.isEmpty(), q);
            assertEquals("capital-ee", ids.get(0), q + " -> " + ids);
        }
        assertScan(glossary, "Nümayəndə heyəti Tallində və Daşkənddə görüşlər keçirib.", Language.AZ,
                Map.of("Tallində", "capital-ee", "Daşkənddə", "capital-uz"));
        assertScan(glossary, "Делегация провела встречи в Таллине, затем в Ташкенте и Киеве.", Language.RU,
                Map.of("Таллине", "capital-ee", "Ташкенте", "capital-uz", "Киеве", "capital-ua"));
        assertScan(glossary, "The delegation held talks in Tallinn and in Ulaanbaatar.", Language.EN,
                Map.of("Tallinn", "capital-ee", "Ulaanbaatar", "capital-mn"));
    }

    private static void assertScan(Glossary glossary, String text, Language language, Map<String, String> expected) {
        Map<String, String> found = new HashMap<>();
        for (TermHit h : glossary.scan(text, language)) {
            if (h.concept().id().startsWith("capital-")) {
                found.put(h.form(), h.concept().id());
            }
        }
        assertEquals(expected, found, text);
    }

    /**
     * A cross-check against the CLDR that the project ships inside ICU4J (a later CLDR release than Debian's,
     * which the generator reads): the az and ru name of every capital is that release's exemplar city of the
     * zone the concept names. A failure after an ICU upgrade means CLDR changed a name: review it, then
     * regenerate with the newer CLDR or accept the difference here.
     */
    @Test
    void azAndRuNamesAgreeWithTheCldrOfIcu4j() {
        TimeZoneNames az = TimeZoneNames.getInstance(new ULocale("az"));
        TimeZoneNames ru = TimeZoneNames.getInstance(new ULocale("ru"));
        List<String> differ = new ArrayList<>();
        int checked = 0;
        for (Concept c : capitals()) {
            Matcher zone = ZONE.matcher(c.source());
            if (!zone.find()) {
                continue;
            }
            checked++;
            String z = zone.group(1);
            if (!preferred(c, Language.AZ).equals(az.getExemplarLocationName(z))) {
                differ.add(c.id() + " az " + preferred(c, Language.AZ) + " / " + az.getExemplarLocationName(z));
            }
            if (!preferred(c, Language.RU).equals(ru.getExemplarLocationName(z))) {
                differ.add(c.id() + " ru " + preferred(c, Language.RU) + " / " + ru.getExemplarLocationName(z));
            }
        }
        assertTrue(checked > 100, "capitals with a zone: " + checked);
        if (!differ.isEmpty()) {
            fail("countries.tbx differs from ICU4J " + VersionInfo.ICU_VERSION + " (CLDR "
                    + com.ibm.icu.util.LocaleData.getCLDRVersion() + "): " + differ);
        }
    }
}
