package org.presstm.glossary;

import java.util.ArrayList;
import java.util.List;

import org.presstm.lang.Language;
import org.presstm.lang.TextNormalizer;

/**
 * Splits text into words (runs of letters, digits and combining marks) and records what joins each word to
 * the one before: a hyphen or an apostrophe straight between two words makes the second a suffix candidate
 * ("ATƏT PA-nın", "OSCE PA's"), spaces and hyphens let a multi-word term run on, anything else ends it.
 * Stateless and thread-safe.
 */
final class Tokenizer {
    private Tokenizer() {
    }

    static List<Token> tokens(String text, Language language, Morphology morphology) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int previousEnd = -1;
        while (i < text.length()) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && isWordChar(text.charAt(i))) {
                i++;
            }
            String folded = TextNormalizer.fold(text.substring(start, i), language);
            char link = previousEnd >= 0 ? link(text, previousEnd, start) : 0;
            boolean continues = previousEnd >= 0 && onlySpacesOrHyphens(text, previousEnd, start);
            boolean capital = Character.isUpperCase(text.codePointAt(start));
            out.add(new Token(start, i, folded, morphology.key(folded), link, continues, capital));
            previousEnd = i;
        }
        return out;
    }

    /** The words of a term, folded: what a text's tokens are compared with. */
    static List<Token> termWords(String term, Language language, Morphology morphology) {
        return tokens(term, language, morphology);
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static char link(String text, int from, int to) {
        if (to - from != 1) {
            return 0;
        }
        char c = TextNormalizer.unifyPunctuation(text.charAt(from));
        return c == '-' || c == '\'' ? c : 0;
    }

    private static boolean onlySpacesOrHyphens(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && TextNormalizer.unifyPunctuation(c) != '-') {
                return false;
            }
        }
        return true;
    }
}
