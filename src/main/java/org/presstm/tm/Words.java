package org.presstm.tm;

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

    /** The presstm language for a key, or null for languages presstm has no data for. */
    static Language language(String langKey) {
        return Language.fromTag(langKey).orElse(null);
    }
}
