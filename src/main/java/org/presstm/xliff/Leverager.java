package org.presstm.xliff;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.presstm.glossary.Concept;
import org.presstm.glossary.Term;
import org.presstm.glossary.TermHit;
import org.presstm.glossary.TermMatcher;
import org.presstm.lang.Language;
import org.presstm.lang.TextNormalizer;
import org.presstm.tm.Match;
import org.presstm.tm.MatchQuery;
import org.presstm.tm.Memory;
import org.presstm.tm.TranslationUnit;
import org.presstm.tm.Variant;

/**
 * Looks every segment of a release up in the memory (once for all target languages, with its neighbours
 * for context matches) and in the glossary, and sorts the result into bands per target language. The
 * memory and the glossary are optional: without them every segment is new. The glossary is asked for only
 * after the memory lookups, so that it may still be loading meanwhile (see {@code PackCommand}). Not
 * thread-safe.
 */
public final class Leverager {
    /** Matches offered per segment and language: more is noise for a translator. */
    static final int MAX_CANDIDATES = 3;
    /**
     * Alternatives are offered down to this many points below the best match (and never under
     * {@link MatchBand#MIN_SCORE}): beside a 100% match a 60% one only costs the translator a look, and proving
     * that no stored sentence reaches 50% costs the lookup most of its time on very common words.
     */
    static final int ALTERNATIVES_WITHIN = 30;

    private final Optional<Memory> memory;
    private final Supplier<Optional<TermMatcher>> terms;

    public Leverager(Optional<Memory> memory, Optional<TermMatcher> terms) {
        this(memory, () -> terms);
    }

    /** With a glossary that is got once per release, after the memory lookups. */
    public Leverager(Optional<Memory> memory, Supplier<Optional<TermMatcher>> terms) {
        this.memory = memory;
        this.terms = terms;
    }

    public Map<Language, List<SegmentLeverage>> leverage(Release release, List<Language> targets) {
        List<SourceSegment> segments = release.segments();
        Map<Language, List<SegmentLeverage>> out = new EnumMap<>(Language.class);
        targets.forEach(t -> out.put(t, new ArrayList<>()));
        List<List<Match>> matches = lookups(segments, release.language(), targets);
        Optional<TermMatcher> glossary = terms.get();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < segments.size(); i++) {
            SourceSegment s = segments.get(i);
            String plain = s.text().plain();
            boolean repetition = !seen.add(TextNormalizer.normalize(plain));
            List<TermHit> hits = glossary.map(m -> m.find(plain, release.language())).orElse(List.of());
            int words = Words.count(plain);
            for (Language target : targets) {
                List<Candidate> candidates = candidates(matches.get(i), target);
                MatchBand band = repetition ? MatchBand.REPETITION
                        : MatchBand.of(candidates.isEmpty() ? 0 : candidates.get(0).score());
                out.get(target).add(new SegmentLeverage(s, words, band, candidates,
                        suggestions(hits, release.language(), target)));
            }
        }
        return out;
    }

    private static String neighbour(List<SourceSegment> segments, int i) {
        return i < 0 || i >= segments.size() ? null : segments.get(i).text().plain();
    }

    /** Every segment's matches at once (see {@link Memory#matchAll}); none for a blank one or without a memory. */
    private List<List<Match>> lookups(List<SourceSegment> segments, Language from, List<Language> targets) {
        List<List<Match>> out = new ArrayList<>(java.util.Collections.nCopies(segments.size(), List.of()));
        if (memory.isEmpty()) {
            return out;
        }
        List<String> to = targets.stream().map(Language::code).toList();
        List<MatchQuery> queries = new ArrayList<>();
        List<Integer> asked = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            SourceSegment s = segments.get(i);
            if (!s.text().plain().isBlank()) {
                queries.add(new MatchQuery(s.text(), from.code(), to, MatchBand.MIN_SCORE,
                        MAX_CANDIDATES * targets.size(), neighbour(segments, i - 1), neighbour(segments, i + 1),
                        ALTERNATIVES_WITHIN));
                asked.add(i);
            }
        }
        List<List<Match>> found = memory.get().matchAll(queries);
        for (int q = 0; q < asked.size(); q++) {
            out.set(asked.get(q), found.get(q));
        }
        return out;
    }

    static List<Candidate> candidates(List<Match> matches, Language target) {
        List<Candidate> out = new ArrayList<>();
        for (Match m : matches) {
            Optional<Variant> v = m.targets().stream().filter(t -> t.langKey().equals(target.code())).findFirst();
            if (v.isPresent() && !v.get().text().isEmpty() && out.size() < MAX_CANDIDATES) {
                out.add(new Candidate(m.kind(), m.score(), m.source().text(), v.get().text(), origin(m.unit()),
                        m.unit()));
            }
        }
        return out;
    }

    private static String origin(TranslationUnit unit) {
        return unit.release() == null ? "presstm-tm" : "presstm-tm:" + unit.release();
    }

    private static List<TermSuggestion> suggestions(List<TermHit> hits, Language from, Language to) {
        Map<String, TermSuggestion> byConcept = new LinkedHashMap<>();
        for (TermHit h : hits) {
            Concept c = h.concept();
            String target = c.preferred(to).map(Term::text).orElse("");
            String source = c.preferred(from).map(Term::text).orElse(h.term().text());
            byConcept.putIfAbsent(c.id() + "\u0000" + h.form(),
                    new TermSuggestion(c, h.form(), source, target));
        }
        return List.copyOf(byConcept.values());
    }
}
