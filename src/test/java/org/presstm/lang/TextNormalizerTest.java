package org.presstm.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    @Test
    void normalizeUnifiesQuotesDashesAndWhitespace() {
        assertEquals("\"Milli Məclis\" - 2026", TextNormalizer.normalize("  «Milli\u00A0Məclis»\t— 2026 \n"));
    }

    @Test
    void normalizeComposesToNfc() {
        assertEquals("ü", TextNormalizer.normalize("u\u0308"));
    }

    @Test
    void azerbaijaniCaseFoldingKeepsDottedAndDotlessI() {
        assertEquals("ilham ıslaq", TextNormalizer.fold("İLHAM ISLAQ", Language.AZ));
        assertEquals("island", TextNormalizer.fold("ISLAND", Language.EN));
    }

    @Test
    void searchKeyIgnoresCaseAndDiacriticsAndReadsSchwaAsE() {
        assertEquals(TextNormalizer.searchKey("Meclis", Language.AZ), TextNormalizer.searchKey("Məclis", Language.AZ));
        assertEquals(TextNormalizer.searchKey("ilham", Language.AZ), TextNormalizer.searchKey("İlham", Language.AZ));
        assertEquals(TextNormalizer.searchKey("Turkiye", Language.AZ), TextNormalizer.searchKey("Türkiyə", Language.AZ));
        assertEquals(TextNormalizer.searchKey("елка", Language.RU), TextNormalizer.searchKey("Ёлка", Language.RU));
    }
}
