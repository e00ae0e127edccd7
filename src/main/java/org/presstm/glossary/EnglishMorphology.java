package org.presstm.glossary;

import java.util.List;
import java.util.function.Consumer;

/**
 * English word forms: every word of a term may take the plural ("MPs", "Deputy Speakers", "liberated
 * territories") or the possessive ("OSCE PA's", "the Speakers'"). Words are compared by a light singular
 * (-ies, -es after a sibilant, -s) rather than a stemmer, because Porter/Snowball also join words a
 * glossary keeps apart ("delegation" and "delegate" both become "deleg"). The plural endings live in
 * {@code glossary/en/plurals.txt}. Thread-safe.
 */
final class EnglishMorphology implements Morphology {
    static final EnglishMorphology INSTANCE = new EnglishMorphology();

    private final List<List<String>> plurals = LanguageData.rows("en/plurals.txt");
    private final List<String> keep = LanguageData.rows("en/plurals.txt").stream()
            .filter(r -> r.get(0).equals("keep")).map(r -> r.get(1)).toList();

    private EnglishMorphology() {
    }

    @Override
    public String key(String folded) {
        if (folded.length() <= 3) {
            return folded;
        }
        for (String ending : keep) {
            if (folded.endsWith(ending)) {
                return folded;
            }
        }
        for (List<String> rule : plurals) {
            if (rule.get(0).equals("plural") && folded.endsWith(rule.get(1))) {
                String singular = rule.size() > 2 ? rule.get(2).replace("-", "") : "";
                return folded.substring(0, folded.length() - rule.get(1).length()) + singular;
            }
        }
        return folded;
    }

    @Override
    public void indexKeys(Token word, boolean last, Consumer<String> keys) {
        keys.accept(word.key());
    }

    @Override
    public void lookupKeys(Token token, Consumer<String> keys) {
        keys.accept(token.key());
        if (token.folded().endsWith("s")) {
            keys.accept(token.folded().substring(0, token.folded().length() - 1));
        }
    }

    @Override
    public int match(Token word, boolean acronym, boolean last, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        boolean same = acronym
                ? t.folded().equals(word.folded()) || t.folded().equals(word.folded() + "s")
                : t.key().equals(word.key());
        if (!same) {
            return 0;
        }
        // inside a term the possessive is the term's own next word ("Azerbaijan's Milli Majlis")
        boolean possessive = last && i + 1 < tokens.size() && tokens.get(i + 1).link() == '\''
                && tokens.get(i + 1).folded().equals("s");
        return possessive ? 2 : 1;
    }
}
