package org.presstm.xliff;

/**
 * Word counts for the leverage report, counted as CAT tools count them: a word is a run of characters
 * between white space that holds at least one letter or digit ("18,4", "mln.", "ATƏT-in" are one word
 * each; a lone dash is none). Stateless.
 */
public final class Words {
    private Words() {
    }

    public static int count(String text) {
        int words = 0;
        boolean inToken = false;
        boolean counted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                inToken = false;
                continue;
            }
            if (!inToken) {
                inToken = true;
                counted = false;
            }
            if (!counted && Character.isLetterOrDigit(c)) {
                words++;
                counted = true;
            }
        }
        return words;
    }
}
