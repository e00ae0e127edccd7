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
        return extract(sentence, language).anchors();
    }

    /**
     * The anchors of a sentence and, among them, those that name someone or something: the keys of
     * numbers, acronyms and of words written with a capital inside the sentence. A translation keeps these
     * (a number is written in digits, a name is transliterated), so a sentence whose names the other
     * version has nowhere is likely one that version left out ({@link BeadCost}).
     */
    public Extracted extract(String sentence, Language language) {
        List<String> out = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Consumer<String> sink = out::add;
        int n = sentence.length();
        List<Quantity> quantities = NumberAnchors.read(sentence, language);
        for (Quantity q : quantities) {
            NumberAnchors.of(q, sink);
        }
        names.addAll(out);
        boolean first = true;
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
                    int before = out.size();
                    String word = sentence.substring(i, end);
                    word(word, language, sink);
                    String last = out.size() > before ? out.get(out.size() - 1) : null;
                    if (!first && Character.isUpperCase(c) && last != null && (isAcronym(word)
                            || out.size() == before + 1 && last.charAt(0) == 'c')) {
                        names.add(last); // a capitalised word the lexicon does not know: a name
                    }
                }
                first = false;
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
        return new Extracted(out, names);
    }

    /**
     * What {@link #extract} gives.
     *
     * @param anchors the anchors of a sentence in text order, with repeats
     * @param names   those of them that are numbers, acronyms or keys of capitalised words
     */
    public record Extracted(List<String> anchors, List<String> names) {
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

    /**
     * Latin acronyms are kept as written (JAY, FWC; an Azerbaijani İ is a plain i, as in BRİKS); Cyrillic ones
     * are spelt in Latin (НАТО: nato).
     */
    private static String latin(String acronym, Language language) {
        if (language == Language.AZ) {
            return acronym.toLowerCase(language.locale());
        }
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
