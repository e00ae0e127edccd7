package org.presstm.segment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import org.presstm.lang.Language;

class BoundaryRulesTest {
    private static boolean allows(Language lang, String text, String before) {
        return BoundaryRules.forLanguage(lang).allowsBoundary(text, text.indexOf(before) + before.length());
    }

    @Test
    void lowercaseNextWordVetoesBoundary() {
        assertFalse(allows(Language.EN, "\"Why?\" she asked.", "Why?\""));
        assertFalse(allows(Language.RU, "«Это важно!» — сказал он.", "важно!»"));
        assertTrue(allows(Language.RU, "«Это важно!» — Сказал? Нет.", "Сказал?"));
    }

    @Test
    void nonFinalAbbreviationVetoesBoundary() {
        assertFalse(allows(Language.EN, "Signed by Sen. Tom Ford.", "Sen."));
        assertFalse(allows(Language.AZ, "Görüşdə prof. Kərim danışıb.", "prof."));
        assertFalse(allows(Language.RU, "Улица им. Низами.", "им."));
    }

    @Test
    void ambiguousAbbreviationIsLeftToTheModel() {
        assertTrue(allows(Language.RU, "Это было в 2024 г. Потом всё изменилось.", "г."));
        assertTrue(allows(Language.AZ, "Kitablar, jurnallar və s. Sonra sərgi açılıb.", "s."));
    }

    @Test
    void singleLetterInitialBeforeCapitalIsNoBoundary() {
        assertFalse(allows(Language.AZ, "Deputat E. Həsənov çıxış edib.", "E."));
        assertFalse(allows(Language.RU, "Депутат Р. Гасанов выступил.", "Р."));
    }

    @Test
    void latinNameInsideRussianTextIsNoBoundary() {
        assertFalse(allows(Language.RU, "По данным U.S. Drought Monitor, засуха усилилась.", "U.S."));
        assertTrue(allows(Language.EN, "It moved to the U.S. Drought followed.", "U.S."));
    }

    @Test
    void agencyDatelineIsNoBoundary() {
        assertFalse(allows(Language.EN, "BAKU, Azerbaijan, October 19. Speaker met MPs.", "19."));
        assertFalse(allows(Language.EN, "Baku, Sept. 3. Speaker met MPs.", "3."));
        assertFalse(allows(Language.RU, "Баку, 3 сентября. Председатель встретилась с послом.", "сентября."));
        assertTrue(allows(Language.EN, "They met on October 19. The talks went on.", "19."));
    }
}
