package org.presstm.eval;

/**
 * Where errors of content (a number, a date, a term, a name, the end punctuation, a date only one target
 * says) may go. Form errors (spaces, brackets) go anywhere in each.
 */
public enum ErrorPlacement {
    /**
     * Only into the text of segments that translate a source sentence, outside the frame (headline, date
     * line, byline, source line, a date line or attribution inside a sentence).
     */
    BODY,
    /**
     * Anywhere, frame lines and spans included, where a reader comparing the versions could see the error:
     * a number or date changed only where another version says the original (date lines of one release
     * carry one date in every version), a term taken out only where another version has its concept, the
     * end punctuation changed or a date added only in a line another version has too. A wrong date in a
     * date line is a real error a press office wants caught.
     */
    ANYWHERE,
    /**
     * Only where {@link #ANYWHERE} may put them and {@link #BODY} may not: frame lines, and the date line or
     * attribution inside a sentence (with a few words of context either side), to measure the frame alone.
     */
    FRAME
}
