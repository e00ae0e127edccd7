package org.presstm.glossary;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Azerbaijani word forms. Azerbaijani is agglutinative and, in a noun phrase, only the last word inflects
 * (Milli Məclis → Milli Məclisin, Milli Məclisdəki), so the words before the last must be as written and the
 * last is a stem followed by a suffix chain that {@link SuffixGrammar} accepts (vowel harmony included), never
 * a blind prefix. The stem may soften before a vowel (kömək → köməyi, q → ğ), the head of an izafet may swap
 * its possessive (nümayəndə heyəti → nümayəndə heyətimiz, heyətləri), and acronyms and foreign names take
 * their suffixes after a hyphen or an apostrophe (ATƏT PA-nın, TürkPA-da, AŞPA-ya). Thread-safe.
 */
final class AzerbaijaniMorphology implements Morphology {
    static final AzerbaijaniMorphology INSTANCE = new AzerbaijaniMorphology();
    private static final int MIN_PREFIX = 2;

    private final SuffixGrammar grammar = SuffixGrammar.AZERBAIJANI;

    private AzerbaijaniMorphology() {
    }

    @Override
    public String key(String folded) {
        return folded;
    }

    @Override
    public void indexKeys(Token word, boolean last, Consumer<String> keys) {
        String w = word.folded();
        keys.accept(w);
        if (!last || w.length() < MIN_PREFIX + 1) {
            return;
        }
        softenedStem(w).ifPresent(keys);
        possessiveStem(w).ifPresent(keys);
    }

    /** Every prefix of the word of two letters or more: whatever stem it was built on is among them. */
    @Override
    public void lookupKeys(Token token, Consumer<String> keys) {
        String t = token.folded();
        if (t.length() < MIN_PREFIX) {
            keys.accept(t);
            return;
        }
        for (int n = MIN_PREFIX; n <= t.length(); n++) {
            keys.accept(t.substring(0, n));
        }
    }

    @Override
    public int match(Token word, boolean acronym, boolean last, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String w = word.folded();
        String form = t.folded();
        if (form.equals(w)) {
            return last && joinedSuffix(w, tokens, i) ? 2 : 1;
        }
        if (!last) {
            return !acronym && sameGenitive(w, form) ? 1 : 0;
        }
        if (acronym || !form.startsWith(w.substring(0, Math.max(1, w.length() - 2)))) {
            return 0;
        }
        return inflected(w, form, word) ? 1 : 0;
    }

    private boolean inflected(String w, String form, Token word) {
        boolean izafetHead = word.link() == 0 && endsInPossessive(w) && word.continues();
        Optional<String> soft = softenedStem(w);
        // a final k of more than one syllable must soften before a vowel (səfirliyə, not *səfirlikə); q is
        // left free because foreign names spelt with a final q (Çunqonq) keep it
        boolean mustSoften = soft.isPresent() && w.endsWith("k") && form.length() > w.length()
                && SuffixGrammar.isVowel(form.charAt(w.length()));
        if (!mustSoften && form.startsWith(w) && grammar.accepts(w, form.substring(w.length()), false, izafetHead)) {
            return true;
        }
        if (soft.isPresent() && form.startsWith(soft.get()) && form.length() > soft.get().length()
                && SuffixGrammar.isVowel(form.charAt(soft.get().length()))
                && grammar.accepts(soft.get(), form.substring(soft.get().length()), false, false)) {
            return true;
        }
        Optional<String> bare = possessiveStem(w);
        return bare.isPresent() && form.startsWith(bare.get())
                && grammar.acceptsWithPossessive(bare.get(), form.substring(bare.get().length()));
    }

    /**
     * A word before the head of an izafet may be a genitive, and a genitive may carry a plural or a possessive
     * of its own: "komitə sədrinin müavini" is also "komitə sədrlərinin müavinləri", "Senatın sədri" also
     * "Senatının sədri". Both must end in the genitive and share the stem before their suffix chains.
     */
    private boolean sameGenitive(String w, String form) {
        if (!endsInGenitive(w) || !endsInGenitive(form)) {
            return false;
        }
        for (int n = w.length() - 2; n >= 3; n--) {
            String stem = w.substring(0, n);
            if (form.startsWith(stem) && grammar.accepts(stem, w.substring(n), false, false)
                    && grammar.accepts(stem, form.substring(n), false, false)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsInGenitive(String w) {
        return w.length() > 3 && w.charAt(w.length() - 1) == 'n' && "ıiuü".indexOf(w.charAt(w.length() - 2)) >= 0;
    }

    /** A suffix joined by a hyphen or apostrophe: "PA-nın", "Gilani'nin". Harmony is not checked there. */
    private boolean joinedSuffix(String stem, List<Token> tokens, int i) {
        if (i + 1 >= tokens.size() || tokens.get(i + 1).link() == 0) {
            return false;
        }
        String suffix = tokens.get(i + 1).folded();
        return grammar.accepts(stem, suffix, true, false);
    }

    private Optional<String> softenedStem(String w) {
        char soft = grammar.softened(w.charAt(w.length() - 1));
        if (soft == 0 || vowels(w) < 2) {
            return Optional.empty();
        }
        return Optional.of(w.substring(0, w.length() - 1) + soft);
    }

    /** "heyəti" → "heyət", "assambleyası" → "assambleya": the stem under a 3rd-person possessive. */
    private static Optional<String> possessiveStem(String w) {
        if (!endsInPossessive(w) || w.length() < 4) {
            return Optional.empty();
        }
        String bare = w.substring(0, w.length() - 1);
        if (bare.endsWith("s") && SuffixGrammar.isVowel(bare.charAt(bare.length() - 2))) {
            return Optional.of(bare.substring(0, bare.length() - 1));
        }
        return SuffixGrammar.isVowel(bare.charAt(bare.length() - 1)) ? Optional.empty()
                : Optional.of(bare);
    }

    private static boolean endsInPossessive(String w) {
        return w.length() > 2 && "ıiuü".indexOf(w.charAt(w.length() - 1)) >= 0;
    }

    private static int vowels(String w) {
        int n = 0;
        for (int i = 0; i < w.length(); i++) {
            n += SuffixGrammar.isVowel(w.charAt(i)) ? 1 : 0;
        }
        return n;
    }
}
