package org.presstm.tm;

import java.util.List;

/**
 * A fuzzy lookup: the sentence, its language, the wanted target languages (empty: all), the threshold and
 * the number of matches wanted; {@code previous} and {@code next} are the neighbouring sentences (or
 * null), which turn an exact match into a context match when the stored unit has the same neighbours
 * (TMX props {@code x-context-pre}/{@code x-context-post}, or OmegaT's {@code prev}/{@code next}).
 * {@code within}: matches scoring more than this many points below the best one are not returned (100: no such
 * limit); the best is always returned, and the lookup need not prove anything about the sentences below.
 */
public record MatchQuery(TaggedText text, String from, List<String> to, int minScore, int max, String previous,
        String next, int within) {
    public MatchQuery(TaggedText text, String from, List<String> to, int minScore, int max, String previous,
            String next) {
        this(text, from, to, minScore, max, previous, next, 100);
    }

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
        if (within < 0 || within > 100) {
            throw new IllegalArgumentException("within must be between 0 and 100, not " + within);
        }
        to = List.copyOf(to);
    }

    public static MatchQuery of(String sentence, String from, List<String> to, int minScore, int max) {
        return new MatchQuery(TaggedText.of(sentence), from, to, minScore, max, null, null);
    }
}
