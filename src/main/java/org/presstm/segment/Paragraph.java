package org.presstm.segment;

/**
 * A paragraph of an input text: the span from its first to its last non-blank character.
 *
 * @param index 0-based position among the text's paragraphs
 * @param start offset of the first non-whitespace character
 * @param end   offset after the last non-whitespace character
 */
public record Paragraph(int index, int start, int end) {
    public Paragraph {
        if (index < 0 || start < 0 || end <= start) {
            throw new IllegalArgumentException("bad paragraph " + index + " [" + start + ", " + end + ")");
        }
    }
}
