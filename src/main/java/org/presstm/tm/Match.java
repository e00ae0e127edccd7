package org.presstm.tm;

import java.util.List;

/**
 * A memory hit for a sentence: how good it is, the stored source with the differences marked, and the
 * stored translations.
 *
 * @param score 0 to 100; 100 only for an identical sentence
 * @param markedSource the stored source as plain text, words that differ from the query between
 *        {@link #MARK_START} and {@link #MARK_END}
 */
public record Match(Kind kind, int score, Variant source, String markedSource, List<Variant> targets,
        TranslationUnit unit) {
    public static final String MARK_START = "[";
    public static final String MARK_END = "]";

    /** In rank order: a context match (same sentence, same neighbours) ranks above an exact one. */
    public enum Kind {
        CONTEXT, EXACT, FUZZY
    }

    public Match {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score out of 0..100: " + score);
        }
        if (kind == null || source == null || markedSource == null || unit == null) {
            throw new IllegalArgumentException("incomplete match");
        }
        if (kind != Kind.FUZZY && score != 100) {
            throw new IllegalArgumentException(kind + " match must score 100, not " + score);
        }
        targets = List.copyOf(targets);
    }
}
