package org.presstm.tm;

import java.util.List;

/**
 * A fuzzy lookup: the sentence, its language, the wanted target languages (empty: all), the threshold and
 * the number of matches wanted; {@code previous} and {@code next} are the neighbouring sentences (or
 * null), which turn an exact match into a context match when the stored unit has the same neighbours
 * (TMX props {@code x-context-pre}/{@code x-context-post}, or OmegaT's {@code prev}/{@code next}).
 */
public record MatchQuery(TaggedText text, String from, List<String> to, int minScore, int max, String previous,
        String next) {
    public MatchQuery {
        if (text == null || text.plain().isBlank()) {
            throw new IllegalArgumentException("nothing to look up: the sentence is empty");
        }
        if (from == null || from.isBlank()) {
            throw new IllegalArgumentException("the source language is missing");
        }
        if (minScore < 0 || minScore > 100) {
            throw new IllegalArgumentException("--min must be between 0 and 100, not " + minScore);
        }
        if (max < 1) {
            throw new IllegalArgumentException("--max must be at least 1, not " + max);
        }
        to = List.copyOf(to);
    }

    public static MatchQuery of(String sentence, String from, List<String> to, int minScore, int max) {
        return new MatchQuery(TaggedText.of(sentence), from, to, minScore, max, null, null);
    }
}
