package org.presstm.qa;

import java.util.Objects;

import org.presstm.lang.Language;

/**
 * The offending part of a finding: a span of the source or of one target, in the plain text (inline codes
 * left out) that the finding carries.
 *
 * @param language which text: the source's language or a target's
 * @param start    offset of the first char
 * @param end      offset after the last char; {@code start == end} marks a place (where something is missing)
 */
public record Mark(Language language, int start, int end) {
    public Mark {
        Objects.requireNonNull(language, "language");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad mark [" + start + ", " + end + ")");
        }
    }
}
