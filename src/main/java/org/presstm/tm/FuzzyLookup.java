package org.presstm.tm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.PriorityQueue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.presstm.lang.TextNormalizer;

/**
 * A fuzzy lookup in the SQLite memory: the {@link CandidateIndex} proposes a shortlist, the {@link Scorer}
 * scores it, the best units are read whole. Also the exhaustive scan that benchmarks use to measure
 * the index's recall. Keeps its statements from lookup to lookup. Not thread-safe: one per connection.
 */
final class FuzzyLookup {
    private static final List<String> PREVIOUS = List.of("x-context-pre", "prev");
    private static final List<String> NEXT = List.of("x-context-post", "next");

    /**
     * The thresholds tried in turn: candidates for a score of at least 95 come from the rarest query words
     * alone, which is cheap; each lower threshold reads more lists. Every sentence reaching a threshold is a
     * candidate (see {@link CandidateIndex#candidates}), so once the {@code max}-th best score found is at
     * least the threshold less one, no sentence left unseen can change the scores returned and the lookup
     * stops. Otherwise it goes on at the next threshold, or straight at the {@code max}-th best score plus
     * one where that is higher (what scores no more than the matches in hand cannot displace them), down to
     * the query's own minimum. The first shortlist may be rough (lists of very common words not yet read
     * are left unread): it promises nothing, but the matches it gives raise the next threshold.
     */
    private static final int[] CASCADE = {95, 90, 85, 80, 75, 0};

    /** Candidate texts are read this many at a time, in the shortlist's order. */
    private static final int CHUNK = 16;

    private final Connection c;
    private final Scorer scorer;
    private final CandidateIndex index;
    private PreparedStatement texts;

    FuzzyLookup(Connection c, Scorer scorer) {
        this.c = c;
        this.scorer = scorer;
        this.index = new CandidateIndex(c);
    }

    private record Scored(long unitId, TaggedText text, String lang, int score) {
    }

    /** Looks up; with {@code store}, also stores the long lists read (see {@link #storeLists}). */
    List<Match> match(MatchQuery query, boolean store) throws SQLException {
        String lang = Variant.keyOf(query.from());
        Scorer.Prepared q = scorer.prepare(query.text(), lang);
        List<String> keys = Words.keys(query.text().plain(), lang);
        Map<Long, Scored> best = new HashMap<>();
        PriorityQueue<Integer> kept = new PriorityQueue<>(); // the max best scores of distinct units
        Set<Long> scored = new HashSet<>();
        int max = Math.max(1, query.max());
        // the lowest score still wanted: the query's minimum, raised to the best found less query.within()
        int min = query.minScore();
        int threshold = Math.max(CASCADE[0], min);
        for (int step = 0; ; ) {
            // only the first shortlist may be rough: its matches make the next threshold, and the ones after, cheap
            CandidateIndex.Shortlist shortlist = index.candidates(lang, keys, q.length(), threshold, min,
                    step == 0 && threshold > min);
            score(q, shortlist.candidates(), min, max, best, kept, scored);
            min = Math.max(min, top(best) - query.within());
            int kth = kept.size() >= max ? kept.peek() : -1;
            if (shortlist.complete() <= min || kth + 1 >= shortlist.complete()) {
                break;
            }
            while (step < CASCADE.length && CASCADE[step] >= threshold) {
                step++;
            }
            int next = step < CASCADE.length ? CASCADE[step] : 0;
            threshold = Math.max(min, Math.max(next, Math.min(100, kth + 1)));
        }
        int wanted = min;
        best.values().removeIf(s -> s.score() < wanted);
        if (store) {
            index.storeLists();
        }
        List<Scored> ranked = new ArrayList<>(best.values());
        ranked.sort(Comparator.comparingInt(Scored::score).reversed().thenComparingLong(Scored::unitId));
        long exact = ranked.stream().filter(s -> s.score() == 100).count();
        List<Scored> top = ranked.subList(0, (int) Math.min(ranked.size(), Math.max(query.max(), exact)));
        Map<Long, TranslationUnit> units = UnitRows.units(c, top.stream().map(Scored::unitId).toList());
        List<Match> out = new ArrayList<>();
        for (Scored s : top) {
            TranslationUnit unit = units.get(s.unitId());
            if (unit != null) {
                out.add(toMatch(query, q, s, unit));
            }
        }
        out.sort(Comparator.comparing(Match::kind).thenComparing(Comparator.comparingInt(Match::score).reversed()));
        return List.copyOf(out.subList(0, Math.min(out.size(), query.max())));
    }

    /**
     * Scores the shortlist in its order, the best score per unit, until no candidate left can beat the
     * {@code max}-th best score found (or reach {@code min}): the shortlist is ordered by its bounds. Ties with
     * the {@code max}-th best are not looked for, except at 100: every exact match is kept.
     */
    private void score(Scorer.Prepared q, List<CandidateIndex.Candidate> candidates, int min, int max,
            Map<Long, Scored> best, PriorityQueue<Integer> kept, Set<Long> scored) throws SQLException {
        if (texts == null) {
            texts = c.prepareStatement("SELECT id, unit_id, text, codes, lang_key FROM variant WHERE id IN ("
                    + String.join(",", java.util.Collections.nCopies(CHUNK, "?")) + ")");
        }
        Map<Long, Object[]> rows = new HashMap<>();
        for (int at = 0; at < candidates.size(); at += CHUNK) {
            int floor = floor(kept, min, max);
            if (candidates.get(at).bound() < floor) {
                break;
            }
            int end = Math.min(candidates.size(), at + CHUNK);
            rows.clear();
            for (int j = 0; j < CHUNK; j++) {
                texts.setLong(j + 1, at + j < end ? candidates.get(at + j).variantId() : -1);
            }
            try (ResultSet rs = texts.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getLong(1), new Object[] {rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getString(5)});
                }
            }
            for (int j = at; j < end; j++) {
                floor = floor(kept, min, max);
                if (candidates.get(j).bound() < floor) {
                    break;
                }
                Object[] row = rows.get(candidates.get(j).variantId());
                if (row == null || !scored.add(candidates.get(j).variantId())) {
                    continue;
                }
                TaggedText text = new TaggedText((String) row[1], Codec.codes((String) row[2]));
                int score = scorer.score(q, scorer.prepare(text, (String) row[3]), floor);
                if (score < floor) {
                    continue;
                }
                long unit = (Long) row[0];
                Scored old = best.get(unit);
                if (old == null || score > old.score()) {
                    best.put(unit, new Scored(unit, text, (String) row[3], score));
                    if (old != null) {
                        kept.remove(old.score());
                    }
                    kept.add(score);
                    if (kept.size() > max) {
                        kept.poll();
                    }
                }
            }
        }
    }

    /** The best score found so far, or -1. */
    private static int top(Map<Long, Scored> best) {
        int top = -1;
        for (Scored s : best.values()) {
            top = Math.max(top, s.score());
        }
        return top;
    }

    /** The score a candidate needs to count: over the {@code max}-th best found (100 for an exact one). */
    private static int floor(PriorityQueue<Integer> kept, int min, int max) {
        return kept.size() >= max ? Math.max(min, Math.min(100, kept.peek() + 1)) : min;
    }

    /**
     * Stores the long posting lists read since the last time (see {@link StoredPostings}). A write: other
     * connections to the file then see a new data version and drop the lists they keep in memory.
     */
    void storeLists() {
        index.storeLists();
    }

    /** The bytes the candidate index keeps between lookups (see {@link CandidateIndex#bytesHeld}). */
    long bytesHeld() {
        return index.bytesHeld();
    }

    /** Closes the statements kept from lookup to lookup. */
    void close() throws SQLException {
        index.close();
        if (texts != null) {
            texts.close();
            texts = null;
        }
    }

    private Match toMatch(MatchQuery query, Scorer.Prepared q, Scored s, TranslationUnit unit) {
        String from = Variant.keyOf(query.from());
        Variant source = unit.variants().stream()
                .filter(v -> v.langKey().equals(from) && v.text().equals(s.text())).findFirst()
                .orElseGet(() -> unit.variant(from).orElseThrow());
        List<String> to = query.to().stream().map(Variant::keyOf).toList();
        List<Variant> targets = unit.variants().stream().filter(v -> v != source)
                .filter(v -> to.isEmpty() ? !v.langKey().equals(from) : to.contains(v.langKey())).toList();
        Match.Kind kind = s.score() < 100 ? Match.Kind.FUZZY
                : sameContext(query, unit) ? Match.Kind.CONTEXT : Match.Kind.EXACT;
        return new Match(kind, s.score(), source, scorer.mark(q, source.text(), s.lang()), targets, unit);
    }

    /** True if the query gives at least one neighbour and every given one equals the stored one. */
    private static boolean sameContext(MatchQuery query, TranslationUnit unit) {
        if (query.previous() == null && query.next() == null) {
            return false;
        }
        return sameNeighbour(query.previous(), unit, PREVIOUS) && sameNeighbour(query.next(), unit, NEXT);
    }

    private static boolean sameNeighbour(String given, TranslationUnit unit, List<String> types) {
        if (given == null) {
            return true;
        }
        return unit.props().stream().filter(p -> types.contains(p.type()))
                .anyMatch(p -> Objects.equals(TextNormalizer.normalize(p.value()), TextNormalizer.normalize(given)));
    }

    /** For each query, the best score (at least its minimum) of any stored sentence, or -1. */
    int[] exhaustiveBest(List<MatchQuery> queries) throws SQLException {
        int[] best = new int[queries.size()];
        Arrays.fill(best, -1);
        Map<String, List<Integer>> byLanguage = new LinkedHashMap<>();
        for (int i = 0; i < queries.size(); i++) {
            byLanguage.computeIfAbsent(Variant.keyOf(queries.get(i).from()), k -> new ArrayList<>()).add(i);
        }
        for (Map.Entry<String, List<Integer>> e : byLanguage.entrySet()) {
            scan(e.getKey(), e.getValue(), queries, best);
        }
        return best;
    }

    private void scan(String lang, List<Integer> indexes, List<MatchQuery> queries, int[] best) throws SQLException {
        Scorer.Prepared[] prepared = new Scorer.Prepared[queries.size()];
        for (int i : indexes) {
            prepared[i] = scorer.prepare(queries.get(i).text(), lang);
        }
        try (PreparedStatement p = c.prepareStatement("SELECT text, codes, words FROM variant WHERE lang_key = ?")) {
            p.setString(1, lang);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    Scorer.Prepared candidate = null;
                    int words = rs.getInt(3);
                    for (int i : indexes) {
                        int floor = Math.max(best[i] + 1, queries.get(i).minScore());
                        if (Scorer.bound(prepared[i], words) < floor) {
                            continue; // cannot beat what we have: skipping it keeps the scan exact
                        }
                        if (candidate == null) {
                            candidate = scorer.prepare(new TaggedText(rs.getString(1), Codec.codes(rs.getString(2))),
                                    lang);
                        }
                        int score = scorer.score(prepared[i], candidate, floor);
                        if (score >= floor) {
                            best[i] = score;
                        }
                    }
                }
            }
        }
    }
}
