package org.presstm.glossary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.presstm.lang.Language;

/**
 * The glossary service that commands and other features (alignment, packages, checks) use: a term base with
 * its matcher. {@link #scan} finds term occurrences in a text; {@link #lookup} says which entries a word,
 * an inflected form, a phrase or a name in any script belongs to, and suggests the nearest entries when none
 * does. Immutable and thread-safe; build one per term base and share it.
 */
public final class Glossary {
    private static final int MAX_SUGGESTIONS = 5;

    private final TermBase base;
    private final TermMatcher matcher;
    private final SpellingIndex spellings;

    private Glossary(TermBase base) {
        this.base = base;
        this.matcher = new TermMatcher(base);
        this.spellings = new SpellingIndex(base);
    }

    public static Glossary of(TermBase base) {
        return new Glossary(base);
    }

    public TermBase base() {
        return base;
    }

    /** Every term occurrence in a text, in text order. */
    public List<TermHit> scan(String text, Language language) {
        return matcher.find(text, language);
    }

    /**
     * The entries the query belongs to, best first: entries with a term the query is (in any inflected form),
     * entries with a term the query is part of, entries with the same name in another spelling or script;
     * when there is none of these, up to five entries of near spelling as suggestions.
     *
     * @param language the query's language; empty to try every language its script allows
     */
    public List<LookupResult> lookup(String query, Optional<Language> language) {
        Map<String, LookupResult> found = new LinkedHashMap<>();
        for (Language lang : language.map(List::of).orElseGet(() -> languagesFor(query))) {
            for (TermHit hit : matcher.find(query, lang)) {
                if (covers(hit, query)) {
                    found.putIfAbsent(hit.concept().id(), new LookupResult(hit.concept(), LookupResult.How.TERM,
                            hit.term()));
                }
            }
            for (TermPattern p : matcher.containing(query, lang)) {
                found.putIfAbsent(p.concept().id(), new LookupResult(p.concept(), LookupResult.How.PART_OF_TERM,
                        p.term()));
            }
            for (LookupResult r : spellings.same(query, lang)) {
                found.putIfAbsent(r.concept().id(), r);
            }
        }
        if (found.isEmpty()) {
            for (Language lang : language.map(List::of).orElseGet(() -> languagesFor(query))) {
                spellings.near(query, lang, MAX_SUGGESTIONS).forEach(r -> found.putIfAbsent(r.concept().id(), r));
            }
        }
        List<LookupResult> out = new ArrayList<>(found.values());
        out.sort(Comparator.comparing(LookupResult::how));
        return List.copyOf(out.size() > 50 ? out.subList(0, 50) : out);
    }

    /** Cyrillic text is Russian; Latin text may be Azerbaijani or English. */
    static List<Language> languagesFor(String query) {
        boolean cyrillic = query.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
        return cyrillic ? List.of(Language.RU) : List.of(Language.AZ, Language.EN);
    }

    private static boolean covers(TermHit hit, String query) {
        String rest = query.substring(0, hit.start()) + query.substring(hit.end());
        return rest.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /** The matcher, for features that scan many texts. */
    public TermMatcher matcher() {
        return matcher;
    }

    /** Concepts sorted by id, for listings. */
    public List<Concept> concepts() {
        return base.concepts().stream().sorted(Comparator.comparing(Concept::id)).toList();
    }

    /** The entry with that id. */
    public Optional<Concept> concept(String id) {
        return base.concept(id);
    }
}
