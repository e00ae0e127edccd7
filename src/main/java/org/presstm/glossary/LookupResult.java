package org.presstm.glossary;

import java.util.Objects;

/**
 * An entry that a lookup found, and how.
 *
 * @param concept the entry
 * @param how     what the query was to the entry: one of its terms (perhaps inflected), a word of one, the
 *                same name in another spelling or script, or only a near spelling (a suggestion)
 * @param matched the term of the entry that the query matched
 */
public record LookupResult(Concept concept, How how, Term matched) {
    public LookupResult {
        Objects.requireNonNull(concept, "concept");
        Objects.requireNonNull(how, "how");
        Objects.requireNonNull(matched, "matched");
    }

    /** The kinds of match, best first. */
    public enum How {
        TERM, PART_OF_TERM, SPELLING, SUGGESTION;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
