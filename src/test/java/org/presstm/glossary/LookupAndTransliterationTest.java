package org.presstm.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.presstm.lang.Language;

class LookupAndTransliterationTest {
    private static final Glossary GLOSSARY = Glossary.of(Fixtures.base());

    private static List<String> ids(String query) {
        return GLOSSARY.lookup(query, Optional.empty()).stream().map(r -> r.concept().id()).toList();
    }

    @Test
    void lookupFindsInflectedAzerbaijaniForm() {
        LookupResult r = GLOSSARY.lookup("Milli Məclisinin", Optional.of(Language.AZ)).get(0);
        assertEquals("mm", r.concept().id());
        assertEquals(LookupResult.How.TERM, r.how());
    }

    @Test
    void lookupBySpellingInAnyScript() {
        for (String q : List.of("Quliyev", "Guliyev", "Гулиев", "Гулиеву")) {
            assertTrue(ids(q).contains("person-guliyev"), q + " -> " + ids(q));
        }
    }

    @Test
    void lookupOfAWordFindsTheTermsItBelongsTo() {
        assertTrue(ids("Məclisin").containsAll(List.of("mm", "mm-chair")), ids("Məclisin").toString());
    }

    @Test
    void lookupWithoutMatchSuggestsNearest() {
        List<LookupResult> r = GLOSSARY.lookup("Quliyeff", Optional.of(Language.EN));
        assertEquals(LookupResult.How.SUGGESTION, r.get(0).how());
        assertEquals("person-guliyev", r.get(0).concept().id());
    }

    @Test
    void transliteratesByMilliMajlisConventions() {
        Transliterator t = Transliterator.instance();
        assertEquals("Сахиба Гафарова", t.transliterate("Sahibə Qafarova", Language.AZ, Language.RU));
        assertEquals("Sahiba Gafarova", t.transliterate("Sahibə Qafarova", Language.AZ, Language.EN));
        assertEquals("Азай Гулиев", t.transliterate("Azay Quliyev", Language.AZ, Language.RU));
        assertEquals("Джейхун Байрамов", t.transliterate("Ceyhun Bayramov", Language.AZ, Language.RU));
        assertEquals("Рамиль Гасан", t.transliterate("Ramil Həsən", Language.AZ, Language.RU));
        assertEquals("Ilham Mammadov", t.transliterate("İlham Məmmədov", Language.AZ, Language.EN));
        assertEquals("Mukhtarov", t.transliterate("Мухтаров", Language.RU, Language.EN));
        assertEquals("Гулиев", t.transliterate("Guliyev", Language.EN, Language.RU));
    }

    @Test
    void transliterationOffersVariantsWhereRulesAllowTwo() {
        assertEquals(List.of("Каримли", "Керимли"),
                Transliterator.instance().propose("Kərimli", Language.AZ, Language.RU));
    }

    @Test
    void nameKeyIsTheSameAcrossScripts() {
        String az = NameKey.of("Sahibə Qafarova", Language.AZ);
        assertEquals(az, NameKey.of("Sahiba Gafarova", Language.EN));
        assertEquals(az, NameKey.of("Сахиба Гафарова", Language.RU));
    }
}
