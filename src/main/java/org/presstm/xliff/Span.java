package org.presstm.xliff;

/**
 * A stretch of a coded text ({@link org.presstm.tm.TaggedText#coded()}), from {@code start} to {@code end}:
 * offsets count the two characters of each inline-code marker, so a span never cuts a marker in half.
 */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
