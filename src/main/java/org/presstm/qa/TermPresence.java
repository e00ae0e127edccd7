package org.presstm.qa;

import java.util.List;
import java.util.Set;

import org.presstm.glossary.Concept;
import org.presstm.glossary.Term;
import org.presstm.glossary.TermHit;
import org.presstm.lang.Language;
import org.presstm.lang.TextNormalizer;

/**
 * Whether a text has a concept's term, more leniently than the glossary's matcher: a free translation may
 * reorder a term's words ("the territories liberated" for "liberated territories") or put a word in between
 * ("комитета Милли Меджлиса по международным отношениям"). A concept counts as present when the matcher found
 * it, or when every content word of one of its usable terms occurs in the text with its ending allowed to
 * change; a person also by surname alone. Stateless.
 */
final class TermPresence {
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "of", "and", "a", "an", "in", "on", "for", "to",
            "və", "ilə", "по", "и", "в", "на", "для");

    private TermPresence() {
    }

    static boolean present(Concept c, Language lang, String text, List<TermHit> hits) {
        if (hits.stream().anyMatch(h -> h.concept().id().equals(c.id()))) {
            return true;
        }
        if (TermsCheck.isName(c)) {
            // a person or place is there by one of its words in a form of it, not by a shared stem
            // ("General" is no form of "Geneva"), nor by a word of another name the matcher found there
            // ("Республики" of "Исламской Республики Иран" is no mention of "Нахчыванская Автономная Республика")
            return Names.mentions(withoutOtherNames(c, text, hits), c.terms(lang), lang);
        }
        String key = TextNormalizer.searchKey(text, lang);
        for (Term t : c.terms(lang)) {
            if (t.status().usable() && allWords(TextNormalizer.searchKey(t.text(), lang), key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text with the hits of other concepts that are more than one word blanked out, offsets kept: a word
     * of a longer name is part of that name, while a one-word name ("Азербайджан") may well stand for a longer
     * one of the same thing ("Азербайджанская Республика").
     */
    private static String withoutOtherNames(Concept c, String text, List<TermHit> hits) {
        StringBuilder sb = new StringBuilder(text);
        for (TermHit h : hits) {
            if (!h.concept().id().equals(c.id()) && h.end() <= sb.length() && h.form().strip().contains(" ")) {
                for (int i = h.start(); i < h.end(); i++) {
                    sb.setCharAt(i, ' ');
                }
            }
        }
        return sb.toString();
    }

    private static boolean allWords(String term, String text) {
        boolean any = false;
        for (String word : term.split("[\\s\\-'’]+")) {
            if (word.isEmpty() || FUNCTION_WORDS.contains(word)) {
                continue;
            }
            if (!startsWord(text, stem(word)) && !startsWord(text, withoutFleetingVowel(word))) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** Whether a word of the text starts with the stem ("Oman" is not in "Romania"). */
    private static boolean startsWord(String text, String stem) {
        for (int i = text.indexOf(stem); i >= 0; i = text.indexOf(stem, i + 1)) {
            if (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Russian drops the last о or е of some stems when inflected: посол → посла, Оман stays. */
    private static String withoutFleetingVowel(String word) {
        int n = word.length();
        if (n >= 4 && (word.charAt(n - 2) == 'о' || word.charAt(n - 2) == 'е')) {
            return word.substring(0, n - 2) + word.charAt(n - 1);
        }
        return stem(word);
    }

    /**
     * The word with the letters inflection changes at its end left off: a third of a long word, at most 3; of a
     * four-letter word its last vowel (папа → Папой, Рима → Рим).
     */
    private static String stem(String word) {
        if (word.length() <= 4) {
            return word.length() == 4 && "aeiouаеиоуыэюяə".indexOf(word.charAt(3)) >= 0 ? word.substring(0, 3) : word;
        }
        return word.substring(0, word.length() - Math.min(3, word.length() / 3));
    }
}
