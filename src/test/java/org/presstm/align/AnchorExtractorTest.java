package org.presstm.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.presstm.lang.Language;

class AnchorExtractorTest {
    private final AnchorExtractor extractor = new AnchorExtractor(null);

    private Set<String> anchors(String text, Language lang) {
        return new HashSet<>(extractor.anchors(text, lang));
    }

    @Test
    void datesShareDayAndMonthAcrossLanguages() {
        Set<String> az = anchors("Görüş mayın 6-da keçiriləcək.", Language.AZ);
        Set<String> en = anchors("The meeting will take place on 6 May.", Language.EN);
        Set<String> ru = anchors("Встреча пройдет 6 мая.", Language.RU);
        for (Set<String> s : List.of(az, en, ru)) {
            assertTrue(s.containsAll(Set.of("n6", "m5")), s.toString());
        }
    }

    @Test
    void numbersLoseTheirSuffixes() {
        assertTrue(anchors("44 günlük müharibə", Language.AZ).contains("n44"));
        assertTrue(anchors("the 44-day war", Language.EN).contains("n44"));
        assertTrue(anchors("44-дневной войны", Language.RU).contains("n44"));
        assertTrue(anchors("Parlamentin 15-ci iclası", Language.AZ).contains("n15"));
    }

    @Test
    void thousandsAreReadWhateverTheSeparator() {
        assertTrue(anchors("1,500 people", Language.EN).contains("n1500"));
        assertTrue(anchors("1 500 человек", Language.RU).contains("n1500"));
        assertTrue(anchors("1500 nəfər", Language.AZ).contains("n1500"));
    }

    @Test
    void romanNumeralsAndOrdinalWordsGiveTheirValue() {
        assertTrue(anchors("XXI əsrdə", Language.AZ).contains("n21"));
        assertTrue(anchors("ikinci görüş", Language.AZ).contains("n2"));
        assertTrue(anchors("the second meeting", Language.EN).contains("n2"));
        assertTrue(anchors("второй встречи", Language.RU).contains("n2"));
        assertFalse(anchors("I said so.", Language.EN).contains("n1"));
    }

    @Test
    void namesMatchAcrossScriptsAndSuffixes() {
        Set<String> az = anchors("Qafarovanın səfəri", Language.AZ);
        Set<String> en = anchors("Gafarova's visit", Language.EN);
        Set<String> ru = anchors("визит Гафаровой", Language.RU);
        Set<String> shared = new HashSet<>(az);
        shared.retainAll(en);
        shared.retainAll(ru);
        assertTrue(shared.stream().anyMatch(a -> a.startsWith("c")), "name key in " + az + en + ru);
        assertTrue(shared.stream().anyMatch(a -> a.startsWith("l")), "lexicon key for visit in " + az + en + ru);
    }

    @Test
    void acronymsOfTheTableMatch() {
        Set<String> az = anchors("ATƏT PA", Language.AZ);
        Set<String> en = anchors("OSCE PA", Language.EN);
        Set<String> ru = anchors("ПА ОБСЕ", Language.RU);
        assertEquals(az, en);
        assertEquals(en, ru);
    }

    @Test
    void namesAreTheNumbersAcronymsAndCapitalisedWordsATranslationKeeps() {
        AnchorExtractor.Extracted e = extractor.extract(
                "The delegation was met by Ambassador Rustam Mammadov and 12 OSCE observers.", Language.EN);
        assertTrue(e.anchors().containsAll(e.names()), e.toString());
        assertTrue(e.names().contains("n12"), e.names().toString());
        assertTrue(e.names().stream().filter(k -> k.startsWith("c")).count() >= 2, "Rustam, Mammadov: " + e.names());
        assertFalse(e.names().containsAll(anchors("delegation", Language.EN)), "a word in lower case is no name");
        assertTrue(extractor.extract("Observers came from twelve countries.", Language.EN).names().stream()
                .noneMatch(k -> k.startsWith("c")), "the first word has the capital of the sentence, not of a name");
    }

    @Test
    void anAzerbaijaniAcronymWithDottedCapitalIMatchesItsRussianSpelling() {
        assertTrue(anchors("BRİKS ölkələri", Language.AZ).contains("abriks"), anchors("BRİKS", Language.AZ).toString());
        assertTrue(anchors("страны БРИКС", Language.RU).contains("abriks"));
    }

    @Test
    void theVerbMayIsNotAMonth() {
        assertFalse(anchors("They may come.", Language.EN).contains("m5"));
    }

    @Test
    void numbersAreReadByTheSharedNumberReaderOfEachLanguage() {
        assertTrue(anchors("Artım 5 faiz olub.", Language.AZ).contains("n5"));
        assertTrue(anchors("Growth was 5%.", Language.EN).contains("n5"));
        Set<String> az = anchors("İnflyasiya 1,5 faiz təşkil edib.", Language.AZ);
        assertTrue(az.contains("n1.5") && !az.contains("n1500"), az.toString());
        assertTrue(anchors("Saat 11:40-da başlayıb.", Language.AZ).contains("n11:40"));
        assertFalse(anchors("mayın 6-da", Language.AZ).stream().anyMatch(a -> a.startsWith("c")),
                "a month name inside a date gives no name anchor");
    }
}
