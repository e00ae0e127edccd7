package org.presstm.segment;

import java.util.Objects;

import org.presstm.lang.Language;

/**
 * One sentence (or title, date line, byline) of a text: its characters and where they stand in the input.
 *
 * @param text      the characters of the input from {@code start} to {@code end}, as written
 * @param start     offset of the first character in the input text (UTF-16 units, BOM excluded)
 * @param end       offset after the last character
 * @param paragraph 0-based index of the paragraph the segment belongs to
 * @param language  the language the segment was segmented as
 */
public record Segment(String text, int start, int end, int paragraph, Language language) {
    public Segment {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad segment span [" + start + ", " + end + ")");
        }
        if (text.length() != end - start) {
            throw new IllegalArgumentException("segment text length " + text.length()
                    + " does not match span [" + start + ", " + end + ")");
        }
        if (paragraph < 0) {
            throw new IllegalArgumentException("negative paragraph index " + paragraph);
        }
    }
}
