package org.presstm.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.presstm.lang.Language;

class TermMatcherTest {
    private static final TermMatcher MATCHER = new TermMatcher(Fixtures.base());

    private static List<String> found(String text, Language lang) {
        return MATCHER.find(text, lang).stream().map(h -> h.form() + "=" + h.concept().id()).toList();
    }

    @Test
    void scanFindsAzerbaijaniSuffixChains() {
        assertEquals(List.of("Milli Məclisin=mm", "Milli Məclisdə=mm", "Milli Məclisinin=mm", "Milli Məclisdəki=mm",
                        "deputatlarımız=mp", "səfirliyində=embassy", "köməyi=help"),
                found("Milli Məclisin, Milli Məclisdə, Milli Məclisinin, Milli Məclisdəki, deputatlarımız, "
                        + "səfirliyində, köməyi.", Language.AZ));
    }

    @Test
    void scanFindsSuffixesAfterHyphenOnAcronyms() {
        assertEquals(List.of("ATƏT PA-nın=osce-pa", "TürkPA-da=turkpa", "AŞPA-ya=pace", "ATƏT PA-dakı=osce-pa"),
                found("ATƏT PA-nın, TürkPA-da, AŞPA-ya, ATƏT PA-dakı", Language.AZ));
    }

    @Test
    void vowelHarmonyRejectsFormsThatAreNotInflections() {
        assertEquals(List.of(), found("deputatlığı deputatlər səfirlikə", Language.AZ));
    }

    @Test
    void izafetHeadSwapsItsPossessive() {
        assertEquals(List.of("nümayəndə heyətimiz=delegation", "nümayəndə heyətinə=delegation",
                        "nümayəndə heyətləri=delegation"),
                found("nümayəndə heyətimiz, nümayəndə heyətinə, nümayəndə heyətləri", Language.AZ));
    }

    @Test
    void longestMatchWins() {
        assertEquals(List.of("Milli Məclisin sədri=mm-chair"), found("Milli Məclisin sədri", Language.AZ));
    }

    @Test
    void scanFindsRussianCaseForms() {
        assertEquals(List.of("Парламентской ассамблеи ОБСЕ=osce-pa", "Милли Меджлиса=mm", "Азаем Гулиевым=person-guliyev",
                        "председателем Милли Меджлиса=mm-chair"),
                found("Парламентской ассамблеи ОБСЕ, Милли Меджлиса, Азаем Гулиевым, председателем Милли Меджлиса",
                        Language.RU));
    }

    @Test
    void commonHomographOfAnInflectedFormIsNotATerm() {
        assertEquals(List.of("послом=ambassador"), found("После встречи с послом все уехали.", Language.RU));
    }

    @Test
    void scanFindsEnglishPluralsAndPossessives() {
        assertEquals(List.of("MPs=mp", "OSCE PA’s=osce-pa", "delegations=delegation"),
                found("MPs of the OSCE PA’s delegations", Language.EN));
    }

    @Test
    void deprecatedFormIsFoundWithItsStatus() {
        TermHit hit = MATCHER.find("the Milli Mejlis", Language.EN).get(0);
        assertEquals(TermStatus.DEPRECATED, hit.term().status());
        assertEquals("Milli Majlis", hit.concept().preferred(Language.EN).orElseThrow().text());
    }

    @Test
    void properNounsNeedTheirCapital() {
        assertEquals(List.of("Того=country-tg"), found("после того как Того", Language.RU));
    }

    @Test
    void punctuationEndsAMultiWordTerm() {
        assertEquals(List.of(), found("Milli. Məclis", Language.AZ));
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "Bakıda Milli Məclisin iclası";
        TermHit hit = MATCHER.find(text, Language.AZ).get(0);
        assertEquals("Milli Məclisin", text.substring(hit.start(), hit.end()));
    }

    @Test
    void neverThrowsOnOddInput() {
        for (String s : List.of("", "-", "'", "- - -", "PA-", "ПА-ОБСЕ'", "\u0301x", "İIıi")) {
            for (Language l : Language.values()) {
                assertTrue(MATCHER.find(s, l).size() >= 0);
            }
        }
    }
}
