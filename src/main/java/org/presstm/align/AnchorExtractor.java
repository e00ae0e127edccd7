package org.presstm.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.presstm.glossary.TermHit;
import org.presstm.glossary.TermMatcher;
import org.presstm.glossary.Transliterator;
import org.presstm.lang.Language;
import org.presstm.lang.Quantity;

/**
 * Turns a sentence into anchors: short keys that the translation of the sentence is likely to share,
 * whatever its script. Keys carry their kind in the first letter: {@code n} number or number word,
 * {@code m} month, {@code c} name or international word ({@link CognateKeys}), {@code l} word of the bundled
 * lexicon, {@code a} acronym, {@code t} glossary concept ({@link TermMatcher}, inflected forms included),
 * {@code q} quotation. Thread-safe.
 */
public final class AnchorExtractor {
    private final CognateKeys cognates = new CognateKeys();
    private final Lexicon lexicon = Lexicon.instance();
    private final TermMatcher terms;

    /** @param terms the project's glossary, or null for none */
    public AnchorExtractor(TermMatcher terms) {
        this.terms = terms;
    }

    /** The anchors of a sentence, with repeats. */
    public List<String> anchors(String sentence, Language language) {
        List<String> out = new ArrayList<>();
        Consumer<String> sink = out::add;
        int n = sentence.length();
        List<Quantity> quantities = NumberAnchors.read(sentence, language);
        for (Quantity q : quantities) {
            NumberAnchors.of(q, sink);
        }
        int next = 0; // the next quantity whose span may cover a word
        int i = 0;
        while (i < n) {
            char c = sentence.charAt(i);
            if (Character.isDigit(c)) {
                i++;
            } else if (Character.isLetter(c)) {
                int end = wordEnd(sentence, i);
                while (next < quantities.size() && quantities.get(next).end() <= i) {
                    next++;
                }
                boolean read = next < quantities.size() && quantities.get(next).start() <= i;
                if (!read) {
                    word(sentence.substring(i, end), language, sink);
                }
                i = end;
            } else {
                if (isQuote(c)) {
                    sink.accept("q");
                }
                i++;
            }
        }
        if (terms != null) {
            for (TermHit hit : terms.find(sentence, language)) {
                out.add("t" + hit.concept().id());
            }
        }
        return out;
    }

    private void word(String word, Language language, Consumer<String> sink) {
        if (isAcronym(word)) {
            String known = lexicon.acronym(word, language);
            sink.accept(known != null ? known : "a" + latin(word, language));
            return;
        }
        String folded = word.toLowerCase(language == Language.AZ ? language.locale() : Locale.ROOT);
        lexicon.concepts(folded, language).forEach(sink);
        String key = cognates.key(word, folded, language);
        if (key != null) {
            sink.accept("c" + key);
        }
    }

    /** Latin acronyms are kept as written (JAY, FWC); Cyrillic ones are spelt in Latin (НАТО: nato). */
    private static String latin(String acronym, Language language) {
        return language != Language.RU || acronym.chars().noneMatch(c -> Character.UnicodeBlock.of(c)
                == Character.UnicodeBlock.CYRILLIC) ? acronym.toLowerCase(Locale.ROOT)
                : Transliterator.instance().transliterate(acronym, language, Language.EN).toLowerCase(Locale.ROOT);
    }

    /** Two or more letters, all capitals ("OSCE", "ATƏT", "ПА"); "TürkPA"-like mixtures are words. */
    static boolean isAcronym(String word) {
        if (word.length() < 2) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isUpperCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int wordEnd(String s, int from) {
        int i = from;
        while (i < s.length() && (Character.isLetter(s.charAt(i))
                || Character.getType(s.charAt(i)) == Character.NON_SPACING_MARK)) {
            i++;
        }
        return i;
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '«' || c == '»' || c == '“' || c == '”' || c == '„';
    }
}
