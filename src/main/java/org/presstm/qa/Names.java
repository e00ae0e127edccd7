package org.presstm.qa;

import java.util.ArrayList;
import java.util.List;

import org.presstm.glossary.Term;
import org.presstm.lang.Language;
import org.presstm.lang.TextNormalizer;

/** Word-level helpers for names: capitalised words, and loose matching of inflected name forms. */
final class Names {
    /** Letters a name may lose or change at its end when inflected (Гафарова → Гафаровой). */
    static final int ENDING = 2;

    private Names() {
    }

    /** The capitalised words of a text, as {start, end} spans. */
    static List<int[]> capitalisedWords(String text) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (Character.isLetter(text.charAt(i))) {
                int end = i;
                while (end < text.length() && (Character.isLetter(text.charAt(end))
                        || Character.getType(text.charAt(end)) == Character.NON_SPACING_MARK)) {
                    end++;
                }
                if (Character.isUpperCase(text.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                    out.add(new int[] {i, end});
                }
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    /** Letters an inflected name may have beyond its dictionary form (Qafarova → Qafarovanın). */
    static final int MAX_SUFFIX = 4;

    /**
     * Whether the text mentions one of the terms' words of four letters or more, in any inflected form: a word
     * of the text that starts with the term word's stem and is not much longer (so "General" is no form of
     * "Geneva"); English names do not inflect, so there the word itself.
     */
    static boolean mentions(String text, List<Term> terms, Language lang) {
        String folded = TextNormalizer.fold(text, lang);
        for (Term t : terms) {
            if (!t.status().usable()) {
                continue;
            }
            for (String word : TextNormalizer.fold(t.text(), lang).split("[\\s-]+")) {
                if (word.length() >= 4 && hasForm(folded, word, lang)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasForm(String folded, String word, Language lang) {
        String stem = lang == Language.EN ? word : stem(word);
        for (int i = folded.indexOf(stem); i >= 0; i = folded.indexOf(stem, i + 1)) {
            if (i > 0 && Character.isLetter(folded.charAt(i - 1))) {
                continue;
            }
            int end = i + stem.length();
            while (end < folded.length() && Character.isLetter(folded.charAt(end))) {
                end++;
            }
            int length = end - i;
            if (lang == Language.EN ? length == word.length() : length <= word.length() + MAX_SUFFIX) {
                return true;
            }
        }
        return false;
    }

    /** The word without the letters inflection may change at its end (kept whole up to five letters). */
    static String stem(String folded) {
        return folded.length() > 5 ? folded.substring(0, folded.length() - ENDING) : folded;
    }
}
