package org.presstm.tm;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.presstm.lang.Language;
import org.presstm.lang.TextNormalizer;

/**
 * The word tokenisation that the scorer and the candidate index share, so that a word the scorer counts as
 * equal is always a word the index finds: a word is a run of letters, digits and combining marks; a number
 * is a word of digits only. Stateless.
 */
final class Words {
    private Words() {
    }

    /** Splits text that has already been folded or keyed. */
    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean word = i < text.length() && isWordChar(text.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
        }
        return out;
    }

    /** Start and end offsets of the words of {@code text}, as pairs in one array. */
    static int[] spans(String text) {
        List<Integer> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean word = i < text.length() && isWordChar(text.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(start);
                out.add(i);
                start = -1;
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    static boolean isNumber(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return !word.isEmpty();
    }

    /** The index keys of a text: {@link TextNormalizer#searchKey} words. */
    static List<String> keys(String plain, String langKey) {
        return split(TextNormalizer.searchKey(plain, language(langKey)));
    }

    /**
     * A text whose {@link #split words} are the {@link #keys} of {@code plain}: the search key itself
     * ({@link TextNormalizer#searchKey}), or, when every char of {@code plain} is one whose search key is
     * one char of its own ({@link KeyChars}), those chars side by side, white space not collapsed. An import
     * keys millions of sentences, and the whole-text path (normalisation, case mapping and decomposition,
     * each a pass with a string of its own) was most of its keying time.
     */
    static String keyText(String plain, Language language) {
        char[] table = KeyChars.of(language);
        char[] out = new char[plain.length()];
        for (int i = 0; i < out.length; i++) {
            char c = plain.charAt(i);
            char k = c < table.length ? table[c] : KeyChars.NONE;
            if (k == KeyChars.NONE) {
                return TextNormalizer.searchKey(plain, language);
            }
            out[i] = k;
        }
        return new String(out);
    }

    /**
     * The search key of each char, for the chars whose key does not depend on their neighbours: below
     * {@link #END}, outside {@code [GAP_START, GAP_END)} (other scripts, among them Hangul jamo, which
     * compose with their neighbours although no mark), already NFC, neither a combining mark (which would
     * compose with or reorder around its neighbour) nor Greek capital sigma (whose lower case depends on the
     * letters around it), with a one-char key. Each is computed by {@link TextNormalizer#searchKey} itself,
     * so the two cannot disagree; white space keys as a plain space. The range holds the Latin, Greek and
     * Cyrillic letters, general punctuation (quotes, dashes, spaces), currency and letterlike symbols; a
     * text with any other char takes the whole-text path.
     */
    static final class KeyChars {
        static final char NONE = '\uFFFF';
        static final int END = 0x2150;
        private static final int GAP_START = 0x0530;
        private static final int GAP_END = 0x2000;
        private static final char[] AZ = build(Language.AZ);
        private static final char[] OTHER = build(null);

        private KeyChars() {
        }

        static char[] of(Language language) {
            return language == Language.AZ ? AZ : OTHER;
        }

        private static char[] build(Language language) {
            char[] table = new char[END];
            for (char c = 0; c < END; c++) {
                table[c] = key(c, language);
            }
            return table;
        }

        private static char key(char c, Language language) {
            String s = String.valueOf(c);
            int type = Character.getType(c);
            if (c >= GAP_START && c < GAP_END || Character.isSurrogate(c) || c == '\u03A3'
                    || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || !Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
                return NONE;
            }
            char unified = TextNormalizer.unifyPunctuation(c);
            if (Character.isWhitespace(unified) || Character.isSpaceChar(unified)) {
                return ' ';
            }
            String key = TextNormalizer.searchKey(s, language);
            return key.length() == 1 && key.charAt(0) != NONE ? key.charAt(0) : NONE;
        }
    }

    /** The presstm language for a key, or null for languages presstm has no data for. */
    static Language language(String langKey) {
        return Language.fromTag(langKey).orElse(null);
    }
}
