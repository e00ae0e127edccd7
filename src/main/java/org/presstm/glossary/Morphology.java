package org.presstm.glossary;

import java.util.List;
import java.util.function.Consumer;

import org.presstm.lang.Language;

/**
 * What the term matcher needs to know about a language's word forms. One implementation per language
 * ({@link AzerbaijaniMorphology}, {@link RussianMorphology}, {@link EnglishMorphology}); all thread-safe.
 */
interface Morphology {
    /** The comparison key of a folded word, computed once per token (a stem, a singular, the word). */
    String key(String folded);

    /** The keys under which a term whose first word is {@code word} is indexed. */
    void indexKeys(Token word, boolean last, Consumer<String> keys);

    /** The keys to look up for a text token; every term that may start at the token is under one of them. */
    void lookupKeys(Token token, Consumer<String> keys);

    /**
     * How many tokens, from {@code tokens[i]}, match the term word {@code word}: 0 for none, 1 for the word,
     * 2 for the word and a suffix joined by a hyphen or an apostrophe ("PA-nın", "PA's").
     *
     * @param last whether {@code word} is the term's last word (in Azerbaijani, the only one that inflects)
     */
    int match(Token word, boolean acronym, boolean last, List<Token> tokens, int i);

    static Morphology of(Language language) {
        return switch (language) {
            case AZ -> AzerbaijaniMorphology.INSTANCE;
            case RU -> RussianMorphology.INSTANCE;
            case EN -> EnglishMorphology.INSTANCE;
        };
    }
}
