package org.presstm.tm;

/**
 * A concordance hit: the variant whose text contains the searched words, with the hits marked between
 * {@link Match#MARK_START} and {@link Match#MARK_END}, and its unit (for the other languages).
 */
public record ConcordanceHit(Variant variant, String highlighted, TranslationUnit unit) {
    public ConcordanceHit {
        if (variant == null || highlighted == null || unit == null) {
            throw new IllegalArgumentException("incomplete concordance hit");
        }
    }
}
