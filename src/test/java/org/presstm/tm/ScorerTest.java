package org.presstm.tm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScorerTest {
    final Scorer scorer = new Scorer();

    int score(String query, String stored) {
        return scorer.score(scorer.prepare(TaggedText.of(query), "az"), scorer.prepare(TaggedText.of(stored), "az"));
    }

    @Test
    void identicalSentenceScoresHundred() {
        assertEquals(100, score("Milli Məclisin sədri görüşüb.", "Milli Məclisin sədri görüşüb."));
    }

    @Test
    void sentenceDifferingOnlyInNumbersScoresJustBelowHundred() {
        assertEquals(98, score("Görüş 12 mart 2026-cı ildə olub.", "Görüş 14 mart 2026-cı ildə olub."));
    }

    @Test
    void azerbaijaniCaseDifferenceCostsOnePoint() {
        assertEquals(99, score("İLHAM ƏLİYEV çıxış edib.", "İlham Əliyev çıxış edib."));
        assertTrue(score("ILHAM çıxış edib.", "İlham çıxış edib.") < 99, "I folds to ı in Azerbaijani, not to i");
    }

    @Test
    void punctuationAndInlineCodesCostSmallPenalties() {
        assertEquals(99, score("Sədr görüşüb", "Sədr görüşüb."));
        TaggedText bold = TaggedText.of("Sədr ", new InlineCode(InlineCode.Kind.OPEN, 1, "", "<b>"), "görüşüb",
                new InlineCode(InlineCode.Kind.CLOSE, 1, "", "</b>"), ".");
        assertEquals(98, scorer.score(scorer.prepare(TaggedText.of("Sədr görüşüb."), "az"), scorer.prepare(bold, "az")));
    }

    @Test
    void oneWordInTenChangedScoresNinety() {
        assertEquals(90, score("bir iki üç dörd beş altı yeddi səkkiz doqquz on",
                "bir iki üç dörd beş altı yeddi səkkiz doqquz yüz"));
    }

    @Test
    void markShowsTheStoredWordsThatDiffer() {
        Scorer.Prepared q = scorer.prepare(TaggedText.of("Sədr Latviya heyətini qəbul edib."), "az");
        assertEquals("Sədr [Estoniya] heyətini qəbul edib.",
                scorer.mark(q, TaggedText.of("Sədr Estoniya heyətini qəbul edib."), "az"));
    }
}
