package org.presstm.glossary;

import java.util.List;

import org.presstm.lang.Language;

/**
 * A term prepared for matching: its words tokenized and folded once, with the flags the morphology needs.
 * A proper noun written with a capital matches only a capitalised form: the country Того must not match
 * Russian "того", nor Mali the Azerbaijani adjective "mali". Immutable.
 */
record TermPattern(Concept concept, Term term, List<Token> words, List<Boolean> acronyms, boolean capitalOnly) {
    TermPattern {
        words = List.copyOf(words);
        acronyms = List.copyOf(acronyms);
    }

    static TermPattern of(Concept concept, Term term, Morphology morphology) {
        List<Token> words = Tokenizer.termWords(term.text(), term.language(), morphology);
        List<Boolean> acronyms = words.stream().map(w -> isAcronym(term.text().substring(w.start(), w.end())))
                .toList();
        boolean capitalOnly = term.partOfSpeech().equalsIgnoreCase("properNoun")
                && Character.isUpperCase(term.text().codePointAt(0));
        return new TermPattern(concept, term, words, acronyms, capitalOnly);
    }

    Language language() {
        return term.language();
    }

    /**
     * The token index after a match of this term starting at {@code tokens[i]}, or -1.
     */
    int matchAt(List<Token> tokens, int i, Morphology morphology) {
        if (capitalOnly && !tokens.get(i).capital()) {
            return -1;
        }
        int at = i;
        for (int k = 0; k < words.size(); k++) {
            if (at >= tokens.size()) {
                return -1;
            }
            Token word = words.get(k);
            Token token = tokens.get(at);
            // punctuation inside the term itself ("вопросы, представляющие ...") may be in the text too
            boolean joined = word.link() != 0 ? token.link() != 0 : token.continues() || !word.continues();
            if (k > 0 && !joined) {
                return -1;
            }
            int used = morphology.match(word, acronyms.get(k), k == words.size() - 1, tokens, at);
            if (used == 0) {
                return -1;
            }
            at += used;
        }
        return at;
    }

    /** Whether the query's words are consecutive words of this term (each may be inflected). */
    boolean contains(List<Token> query, Morphology morphology) {
        for (int start = 0; start + query.size() <= words.size(); start++) {
            int at = 0;
            int k = start;
            while (at < query.size() && k < words.size()) {
                int used = morphology.match(words.get(k), acronyms.get(k), true, query, at);
                if (used == 0) {
                    break;
                }
                at += used;
                k++;
            }
            if (at == query.size()) {
                return true;
            }
        }
        return false;
    }

    /** Two capitals or more and no lower-case letter after the first two: ATƏT, PA, TürkPA's "PA", MPs. */
    static boolean isAcronym(String word) {
        int upper = 0;
        for (int i = 0; i < word.length(); i++) {
            upper += Character.isUpperCase(word.charAt(i)) ? 1 : 0;
        }
        return upper >= 2 && upper * 2 >= word.codePointCount(0, word.length());
    }
}
