package org.presstm.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into paragraphs at blank lines (lines holding only white space). By default a single line
 * break inside a paragraph is a soft wrap, as in the press office's texts and the evaluation gold; in
 * line mode every line break ends a paragraph, for text pasted with one paragraph per line.
 * LF, CRLF and CR line ends are all accepted. Stateless and thread-safe.
 */
public final class ParagraphSplitter {
    private final boolean everyLineIsParagraph;

    public ParagraphSplitter(boolean everyLineIsParagraph) {
        this.everyLineIsParagraph = everyLineIsParagraph;
    }

    public List<Paragraph> split(String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int paraStart = -1;
        int paraEnd = -1;
        int pos = 0;
        int n = text.length();
        while (pos < n) {
            int lineEnd = lineEnd(text, pos);
            int first = firstNonSpace(text, pos, lineEnd);
            if (first < 0) {
                if (paraStart >= 0) {
                    paragraphs.add(new Paragraph(paragraphs.size(), paraStart, paraEnd));
                    paraStart = -1;
                }
            } else {
                if (paraStart >= 0 && everyLineIsParagraph) {
                    paragraphs.add(new Paragraph(paragraphs.size(), paraStart, paraEnd));
                    paraStart = -1;
                }
                if (paraStart < 0) {
                    paraStart = first;
                }
                paraEnd = lastNonSpace(text, pos, lineEnd) + 1;
            }
            pos = skipLineBreak(text, lineEnd);
        }
        if (paraStart >= 0) {
            paragraphs.add(new Paragraph(paragraphs.size(), paraStart, paraEnd));
        }
        return paragraphs;
    }

    private static int lineEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private static int skipLineBreak(String text, int lineEnd) {
        if (lineEnd >= text.length()) {
            return lineEnd;
        }
        if (text.charAt(lineEnd) == '\r' && lineEnd + 1 < text.length() && text.charAt(lineEnd + 1) == '\n') {
            return lineEnd + 2;
        }
        return lineEnd + 1;
    }

    private static int firstNonSpace(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isSpace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int lastNonSpace(String text, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (!isSpace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** White space as the segmenter sees it: Java white space plus no-break spaces. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\uFEFF';
    }
}
