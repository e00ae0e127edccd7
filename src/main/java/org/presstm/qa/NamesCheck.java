package org.presstm.qa;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.function.Consumer;

import org.presstm.glossary.Concept;
import org.presstm.glossary.Glossary;
import org.presstm.glossary.LookupResult;
import org.presstm.glossary.Term;
import org.presstm.glossary.TermHit;
import org.presstm.lang.Language;
import org.presstm.lang.TextNormalizer;

/**
 * {@code names.spelling}: a person or place of the glossary spelled in a target other than by the house
 * rules: "Guliev" for "Guliyev", or the Azerbaijani "Quliyev" left in an English text. A capitalised word of
 * the target that is no form of any glossary term, but that {@link Glossary#lookup} finds as the same name in
 * another spelling or script, is reported with the house spelling. The names a near spelling is held against
 * are those of the source and, in a release, of the other translation (here or one segment off). Without a
 * glossary it finds nothing.
 */
final class NamesCheck extends ReleaseCheck {
    private static final int MIN_LETTERS = 4;
    /** A stem shorter than this is too short to call one changed letter a misspelling. */
    private static final int MIN_STEM_LETTERS = 5;

    private final Optional<Glossary> glossary;

    NamesCheck(CheckContext context) {
        super("names.spelling", Severity.ERROR, "A name of the glossary is spelled otherwise than the house spelling");
        this.glossary = context.glossary();
    }

    @Override
    public List<Example> examples() {
        return List.of(
                Example.of(true, "Azay Quliyev çıxış edib.", "Azay Guliev spoke.").withGlossary(),
                Example.of(true, "Azay Quliyev çıxış edib.", "Azay Quliyev spoke.").withGlossary(),
                // the source's surname is also a namesake's who has no English spelling: still Azay's
                Example.of(true, "Azay Quliyev və Adil Quliyev çıxış edib.", "Azay Guliev and Adil Guliyev spoke.").withGlossary(),
                Example.of(false, "Azay Quliyev çıxış edib.", "Azay Guliyev spoke.").withGlossary(),
                Example.of(false, Language.AZ, "Azay Quliyevlə görüşüb.", Language.RU, "Встретился с Азаем Гулиевым.").withGlossary(),
                Example.of(true, Language.AZ, "Azay Quliyevlə görüşüb.", Language.RU, "Встретился с Азаем Гулеевым.").withGlossary());
    }

    @Override
    void judge(ParallelSegment s, ReleaseDocument release, int index, Consumer<Finding> out) {
        if (glossary.isEmpty()) {
            return;
        }
        Glossary g = glossary.get();
        Set<String> named = named(g, s.sourceText(), s.sourceLanguage());
        if (release != null) {
            // the other translation, here or one segment off, names whom this one may misspell: a release's
            // version may name someone its source does not
            for (Language l : s.targetLanguages()) {
                named.addAll(named(g, s.text(l) + "\n" + release.around(index, l), l));
            }
        }
        for (Language lang : s.translatedLanguages()) {
            String target = s.target(lang).orElseThrow();
            List<TermHit> hits = g.scan(target, lang);
            for (int[] w : Names.capitalisedWords(target)) {
                if (w[1] - w[0] < MIN_LETTERS || inside(hits, w)) {
                    continue;
                }
                String word = target.substring(w[0], w[1]);
                misspelled(g, word, lang, named).or(() -> misspelledInflected(g, word, lang, named)).ifPresent(house -> out.accept(finding(s, lang,
                        "\"" + target.substring(w[0], w[1]) + "\" is not the house spelling in " + lang + ": write \""
                                + house + "\"", List.of(new Mark(lang, w[0], w[1])))));
            }
        }
    }

    /** The people and places of the glossary that a text names (by any of their words). */
    private static Set<String> named(Glossary g, String text, Language language) {
        Set<String> ids = new HashSet<>();
        g.scan(text, language).forEach(h -> ids.add(h.concept().id()));
        for (int[] w : Names.capitalisedWords(text)) {
            if (w[1] - w[0] >= MIN_LETTERS) {
                for (LookupResult r : g.lookup(text.substring(w[0], w[1]), Optional.of(language))) {
                    if (r.how() == LookupResult.How.TERM || r.how() == LookupResult.How.PART_OF_TERM) {
                        ids.add(r.concept().id());
                    }
                }
            }
        }
        return ids;
    }

    /**
     * The house spelling of the name the word misspells, if it is one: a word that is no form of a term but
     * has the spelling key of a person or place ("Quliyev" in English), or is a near spelling of one that
     * the source names ("Guliev").
     */
    private static Optional<String> misspelled(Glossary g, String word, Language lang, Set<String> named) {
        List<LookupResult> results = g.lookup(word, Optional.of(lang));
        if (results.stream().anyMatch(r -> r.how() == LookupResult.How.TERM || r.how() == LookupResult.How.PART_OF_TERM)) {
            return Optional.empty();
        }
        String folded = TextNormalizer.fold(word, lang);
        for (LookupResult r : results) {
            Concept c = r.concept();
            if (related(c, folded, lang)) {
                continue; // a related form of the house term ("Нахчыван" beside "Нахчыванская"), not a misspelling
            }
            boolean near = r.how() == LookupResult.How.SUGGESTION && named.contains(c.id())
                    && word.length() >= MIN_STEM_LETTERS;
            // a namesake without a house spelling in this language ("Qaya Məmmədov", az only) says nothing
            if (TermsCheck.isName(c) && (r.how() == LookupResult.How.SPELLING || near) && c.preferred(lang).isPresent()) {
                return c.preferred(lang).map(t -> nearestWord(t, word, lang));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the word is a form of a word of one of the concept's own terms in the language, or that word a
     * form of it: "Нахчыван" of "Нахчыванская Автономная Республика".
     */
    private static boolean related(Concept c, String folded, Language lang) {
        for (Term t : c.terms(lang)) {
            for (String part : TextNormalizer.fold(t.text(), lang).split("[\\s-]+")) {
                if (part.length() >= MIN_LETTERS && (part.startsWith(folded) || folded.startsWith(part))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A Russian word that is a name of the source with one letter changed once the case endings of both are
     * left off ("Гофаровой" for "Гафарова", "Аслонов" for "Асланов"): the glossary's near spellings compare
     * whole words, which inflection lengthens past their reach.
     */
    private static Optional<String> misspelledInflected(Glossary g, String word, Language lang, Set<String> named) {
        if (lang != Language.RU) {
            return Optional.empty();
        }
        String stem = RussianEndings.strip(TextNormalizer.fold(word, lang));
        if (stem.length() < MIN_STEM_LETTERS) {
            return Optional.empty();
        }
        for (String id : named) {
            Optional<Concept> c = g.concept(id);
            if (c.isEmpty() || !TermsCheck.isName(c.get())) {
                continue;
            }
            for (Term t : c.get().terms(lang)) {
                if (!t.status().usable()) {
                    continue;
                }
                for (String part : t.text().split("[\\s-]+")) {
                    String other = RussianEndings.strip(TextNormalizer.fold(part, lang));
                    if (other.length() >= MIN_STEM_LETTERS && other.charAt(0) == stem.charAt(0)
                            && !other.equals(stem) && distance(other, stem) == 1) {
                        return c.get().preferred(lang).map(p -> nearestWord(p, word, lang));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The word of the term that the misspelled word stands for (the surname for "Guliev"). */
    private static String nearestWord(Term term, String word, Language lang) {
        String best = term.text();
        int bestDistance = Integer.MAX_VALUE;
        for (String part : term.text().split("\\s+")) {
            int d = distance(TextNormalizer.fold(part, lang), TextNormalizer.fold(word, lang));
            if (d < bestDistance) {
                best = part;
                bestDistance = d;
            }
        }
        return best;
    }

    private static boolean inside(List<TermHit> hits, int[] w) {
        return hits.stream().anyMatch(h -> h.start() <= w[0] && w[1] <= h.end());
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
