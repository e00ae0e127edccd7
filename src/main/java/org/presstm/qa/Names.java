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

    /** Whether the text mentions one of the terms' words of four letters or more, in any inflected form. */
    static boolean mentions(String text, List<Term> terms, Language lang) {
        String folded = TextNormalizer.fold(text, lang);
        for (Term t : terms) {
            if (!t.status().usable()) {
                continue;
            }
            for (String word : TextNormalizer.fold(t.text(), lang).split("[\\s-]+")) {
                if (word.length() >= 4 && folded.contains(stem(word))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The word without the letters inflection may change at its end (kept whole up to five letters). */
    static String stem(String folded) {
        return folded.length() > 5 ? folded.substring(0, folded.length() - ENDING) : folded;
    }
}
