package org.presstm.glossary;

import java.util.Objects;

/**
 * An occurrence of a term in a text.
 *
 * @param start   offset of the first char (UTF-16, as Java strings count) in the scanned text
 * @param end     offset after the last char
 * @param form    the text as found there ("Milli Məclisinin", "ПА ОБСЕ")
 * @param concept the entry the term belongs to
 * @param term    the term that matched (its status says whether the form found is deprecated)
 */
public record TermHit(int start, int end, String form, Concept concept, Term term) {
    public TermHit {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(concept, "concept");
        Objects.requireNonNull(term, "term");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
