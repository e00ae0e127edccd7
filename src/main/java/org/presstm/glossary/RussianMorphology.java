package org.presstm.glossary;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * Russian word forms: every word of a multi-word term inflects ("Парламентской ассамблеи ОБСЕ",
 * "Милли Меджлиса"), so each word is compared on its own. Two forms match when their Snowball stems
 * (Porter's Russian algorithm, as OpenNLP ships it) are equal, or when what differs after their common
 * beginning is an inflectional ending on both sides ({@code glossary/ru/endings.txt}): the stemmer alone
 * splits surnames and some nouns (гулиев → "гул", гулиева → "гулиев"; ассамблея → "ассамбле",
 * ассамблеи → "ассамбл"). Acronyms (ОБСЕ, ПА, СНГ) and words of two letters are compared whole. ё reads
 * as е. Thread-safe: a Snowball stemmer keeps state, so each thread has its own.
 */
final class RussianMorphology implements Morphology {
    static final RussianMorphology INSTANCE = new RussianMorphology();
    private static final int MIN_STEM = 3;

    private final ThreadLocal<SnowballStemmer> stemmer =
            ThreadLocal.withInitial(() -> new SnowballStemmer(SnowballStemmer.ALGORITHM.RUSSIAN));
    private final Set<String> endings = new HashSet<>();
    private final Set<String> homographs = new HashSet<>();

    private RussianMorphology() {
        LanguageData.rows("ru/endings.txt").forEach(endings::addAll);
        LanguageData.rows("ru/homographs.txt").forEach(homographs::addAll);
        endings.add("");
    }

    @Override
    public String key(String folded) {
        String word = folded.replace('ё', 'е');
        if (word.length() <= 2) {
            return word;
        }
        String stem = stemmer.get().stem(word).toString();
        return stem.length() < 2 ? word : stem;
    }

    @Override
    public void indexKeys(Token word, boolean last, Consumer<String> keys) {
        String w = word.folded().replace('ё', 'е');
        keys.accept(word.key());
        keys.accept(w);
        keys.accept(dropFleetingVowel(w));
        for (int n = MIN_STEM; n < w.length(); n++) {
            if (endings.contains(w.substring(n))) {
                keys.accept(w.substring(0, n));
            }
        }
    }

    @Override
    public void lookupKeys(Token token, Consumer<String> keys) {
        String t = token.folded().replace('ё', 'е');
        keys.accept(token.key());
        if (t.length() <= MIN_STEM) {
            keys.accept(t);
        }
        for (int n = MIN_STEM; n <= t.length(); n++) {
            keys.accept(t.substring(0, n));
        }
    }

    @Override
    public int match(Token word, boolean acronym, boolean last, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String w = word.folded().replace('ё', 'е');
        String form = t.folded().replace('ё', 'е');
        if (acronym || w.length() <= 2 || homographs.contains(form)) {
            return form.equals(w) ? 1 : 0;
        }
        return t.key().equals(word.key()) || sameWordByEndings(w, form) || sameWordByEndings(dropFleetingVowel(w), form)
                ? 1 : 0;
    }

    /** посол → посл (послом), конец → конц: the vowel that inflected forms drop before the last consonant. */
    static String dropFleetingVowel(String w) {
        int n = w.length();
        if (n < 5 || "оеё".indexOf(w.charAt(n - 2)) < 0 || "аеёиоуыэюяй".indexOf(w.charAt(n - 1)) >= 0) {
            return w;
        }
        return w.substring(0, n - 2) + w.charAt(n - 1);
    }

    private boolean sameWordByEndings(String w, String form) {
        int common = 0;
        int max = Math.min(w.length(), form.length());
        while (common < max && w.charAt(common) == form.charAt(common)) {
            common++;
        }
        if (w.equals(form)) {
            return true;
        }
        for (int n = common; n >= MIN_STEM; n--) {
            if (endings.contains(w.substring(n)) && endings.contains(form.substring(n))) {
                return true;
            }
        }
        return false;
    }
}
