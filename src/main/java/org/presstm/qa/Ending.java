package org.presstm.qa;

/**
 * The punctuation a sentence ends with, read past closing quotes and brackets: '.', '?', '!', ':', ';', '…'
 * or 0 for none. A dash or comma at the end counts as none.
 */
final class Ending {
    private Ending() {
    }

    static char of(String text) {
        int i = position(text);
        if (i >= text.length()) {
            return 0;
        }
        char c = text.charAt(i);
        return ".?!:;…".indexOf(c) >= 0 ? c : 0;
    }

    /** The offset of the final punctuation, or the end of the text (past closing quotes) when there is none. */
    static int position(String text) {
        int i = text.length() - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "\"'»”’)]".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        if (i < 0) {
            return text.length();
        }
        return ".?!:;…".indexOf(text.charAt(i)) >= 0 ? i : i + 1;
    }

    /** An ellipsis and three dots are the same ending. */
    static boolean equivalent(char a, char b) {
        return (a == '…' && b == '.') || (a == '.' && b == '…');
    }

    static String name(char c) {
        return switch (c) {
            case 0 -> "no punctuation";
            case '.' -> "a full stop";
            case '?' -> "a question mark";
            case '!' -> "an exclamation mark";
            case ':' -> "a colon";
            case ';' -> "a semicolon";
            default -> "'" + c + "'";
        };
    }
}
