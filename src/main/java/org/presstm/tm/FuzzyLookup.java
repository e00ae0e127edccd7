package org.presstm.tm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.presstm.lang.TextNormalizer;

/**
 * A fuzzy lookup in the SQLite memory: the {@link CandidateIndex} proposes a shortlist, the {@link Scorer}
 * scores it, the best units are read whole. Also the exhaustive scan that benchmarks use to measure
 * the index's recall. Not thread-safe: one per lookup.
 */
final class FuzzyLookup {
    private static final List<String> PREVIOUS = List.of("x-context-pre", "prev");
    private static final List<String> NEXT = List.of("x-context-post", "next");

    private final Connection c;
    private final Scorer scorer;

    FuzzyLookup(Connection c, Scorer scorer) {
        this.c = c;
        this.scorer = scorer;
    }

    private record Scored(long unitId, TaggedText text, String lang, int score) {
    }

    List<Match> match(MatchQuery query) throws SQLException {
        String lang = Variant.keyOf(query.from());
        Scorer.Prepared q = scorer.prepare(query.text(), lang);
        List<String> keys = Words.keys(query.text().plain(), lang);
        List<Long> ids = new CandidateIndex(c).candidates(lang, keys, q.length(), query.minScore());
        Map<Long, Scored> best = new LinkedHashMap<>();
        for (Scored s : score(q, ids, query.minScore())) {
            best.merge(s.unitId(), s, (a, b) -> a.score() >= b.score() ? a : b);
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

    private List<Scored> score(Scorer.Prepared q, List<Long> ids, int min) throws SQLException {
        List<Scored> out = new ArrayList<>();
        if (ids.isEmpty()) {
            return out;
        }
        try (PreparedStatement p = c.prepareStatement("SELECT unit_id, text, codes, lang_key FROM variant"
                + " WHERE id IN (" + SqliteMemory.idList(ids) + ")");
                ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                TaggedText text = new TaggedText(rs.getString(2), Codec.codes(rs.getString(3)));
                int score = scorer.score(q, scorer.prepare(text, rs.getString(4)));
                if (score >= min) {
                    out.add(new Scored(rs.getLong(1), text, rs.getString(4), score));
                }
            }
        }
        return out;
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
                        int score = scorer.score(prepared[i], candidate);
                        if (score >= floor) {
                            best[i] = score;
                        }
                    }
                }
            }
        }
    }
}
