package org.presstm.tm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the few stored sentences worth scoring, without scoring anything. Variants are indexed in an
 * SQLite FTS5 table as language-prefixed word keys ({@code az_meclis}); the FTS rowid packs the variant
 * id with its word count, so the length window costs no lookup. Lookup is prefix filtering (Chaudhuri,
 * Ganti and Kaushik 2006; Bayardo, Ma and Srikant 2007): a sentence that scores at least {@code min}
 * lacks at most {@code e = nq (100 - min) / min} of the query's distinct words, so it must contain one
 * of the {@code e + 1} rarest, and reading only their posting lists finds every such sentence. Posting
 * lists are read up to a budget, then the sentences sharing the most rare words (idf-weighted) make the
 * shortlist. Word frequencies live in {@code word_count}, kept up to date at each commit.
 * Not thread-safe: one per connection.
 */
final class CandidateIndex {
    static final int MAX_POSTINGS = 60_000;
    static final int SHORTLIST = 200;
    private static final int LENGTH_BITS = 8;
    private static final int MAX_LENGTH = (1 << LENGTH_BITS) - 1;

    private final Connection connection;

    CandidateIndex(Connection connection) {
        this.connection = connection;
    }

    static long rowid(long variantId, int words) {
        return variantId << LENGTH_BITS | Math.min(words, MAX_LENGTH);
    }

    static long variantId(long rowid) {
        return rowid >>> LENGTH_BITS;
    }

    static String key(String langKey, String word) {
        return langKey + '_' + word;
    }

    /** Adds a variant's words to the index; {@code counts} collects word frequencies until commit. */
    static void add(PreparedStatement insert, long variantId, String langKey, List<String> keys,
            Map<String, Integer> counts) throws SQLException {
        StringBuilder sb = new StringBuilder(keys.size() * 10);
        Set<String> distinct = new LinkedHashSet<>();
        for (String k : keys) {
            String word = key(langKey, k);
            sb.append(word).append(' ');
            distinct.add(word);
        }
        for (String word : distinct) {
            counts.merge(word, 1, Integer::sum);
        }
        insert.setLong(1, rowid(variantId, keys.size()));
        insert.setString(2, sb.toString());
        insert.executeUpdate();
    }

    /** The shortlist of variant ids for a query of {@code queryLength} words with these index keys. */
    List<Long> candidates(String langKey, List<String> keys, int queryLength, int minScore) throws SQLException {
        List<String> words = keys.stream().distinct().map(k -> key(langKey, k)).collect(Collectors.toList());
        Map<String, Integer> counts = counts(words);
        // numbers are one word to the scorer, so only other words count towards the bound
        long absent = words.stream().filter(w -> !counts.containsKey(w) && !isNumber(w)).count();
        long misses = minScore == 0 ? Integer.MAX_VALUE : (long) queryLength * (100 - minScore) / minScore - absent;
        if (misses < 0) {
            return List.of(); // more query words are nowhere in the memory than any match may lack
        }
        List<Map.Entry<String, Integer>> order = rarestFirst(counts);
        Set<String> required = order.stream().map(Map.Entry::getKey).filter(w -> !isNumber(w)).limit(misses + 1)
                .collect(Collectors.toSet());
        if (required.isEmpty() && !order.isEmpty()) {
            required = Set.of(order.get(0).getKey()); // a sentence of numbers only: its rarest number
        }
        int low = minScore == 0 ? 0 : (queryLength * minScore + 99) / 100;
        int high = minScore == 0 ? Integer.MAX_VALUE : queryLength * 100 / minScore;
        Tally weights = probe(order, required, low, high, totalVariants(langKey));
        List<Long> out = new ArrayList<>();
        for (long rowid : weights.top(SHORTLIST, queryLength, MAX_LENGTH)) {
            out.add(variantId(rowid));
        }
        return out;
    }

    private static boolean isNumber(String key) {
        return Words.isNumber(key.substring(key.indexOf('_') + 1));
    }

    private static List<Map.Entry<String, Integer>> rarestFirst(Map<String, Integer> counts) {
        List<Map.Entry<String, Integer>> order = new ArrayList<>(counts.entrySet());
        order.sort(Map.Entry.comparingByValue(Comparator.naturalOrder()));
        return order;
    }

    /**
     * Reads posting lists, rarest first: all the required ones (up to {@link #MAX_POSTINGS}), and others,
     * numbers included, while they are cheap, since they tell near-identical sentences apart.
     */
    private Tally probe(List<Map.Entry<String, Integer>> order, Set<String> required, int low, int high,
            long total) throws SQLException {
        Tally weights = new Tally(4096);
        long read = 0;
        int left = required.size();
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT rowid FROM variant_words WHERE variant_words MATCH ?")) {
            for (Map.Entry<String, Integer> e : order) {
                boolean needed = required.contains(e.getKey());
                long budget = left > 0 && needed ? MAX_POSTINGS : MAX_POSTINGS / 4;
                if (read > 0 && read + e.getValue() > budget) {
                    if (left == 0 || read + e.getValue() > MAX_POSTINGS) {
                        break;
                    }
                    continue;
                }
                float idf = (float) Math.log((total + 1.0) / (e.getValue() + 0.5));
                p.setString(1, e.getKey());
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        long rowid = rs.getLong(1);
                        int length = (int) (rowid & MAX_LENGTH);
                        if (length >= low && (length <= high || length == MAX_LENGTH)) {
                            weights.add(rowid, idf);
                        }
                    }
                }
                read += e.getValue();
                left -= needed ? 1 : 0;
            }
        }
        return weights;
    }

    /** Variant ids (ascending) whose words start with every one of {@code words}, in any of {@code langKeys}. */
    List<Long> containing(Collection<String> langKeys, List<String> words, int limit) throws SQLException {
        StringBuilder q = new StringBuilder();
        for (String w : words) {
            if (q.length() > 0) {
                q.append(" AND ");
            }
            q.append('(').append(langKeys.stream().map(l -> key(l, w) + "*").collect(Collectors.joining(" OR ")))
                    .append(')');
        }
        List<Long> out = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT rowid FROM variant_words WHERE variant_words MATCH ? ORDER BY rowid LIMIT ?")) {
            p.setString(1, q.toString());
            p.setInt(2, limit);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(variantId(rs.getLong(1)));
                }
            }
        }
        return out;
    }

    private Map<String, Integer> counts(List<String> words) throws SQLException {
        Map<String, Integer> out = new HashMap<>();
        String marks = words.stream().map(w -> "?").collect(Collectors.joining(","));
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT word, variants FROM word_count WHERE word IN (" + marks + ")")) {
            for (int i = 0; i < words.size(); i++) {
                p.setString(i + 1, words.get(i));
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return out;
    }

    private long totalVariants(String langKey) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("SELECT variants FROM language WHERE lang_key = ?")) {
            p.setString(1, langKey);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** Adds the word and language counts gathered in a batch; called just before its commit. */
    static void flush(Connection c, Map<String, Integer> words, Map<String, Integer> languages)
            throws SQLException {
        upsert(c, "INSERT INTO word_count (word, variants) VALUES (?, ?)"
                + " ON CONFLICT(word) DO UPDATE SET variants = variants + excluded.variants", words);
        upsert(c, "INSERT INTO language (lang_key, variants) VALUES (?, ?)"
                + " ON CONFLICT(lang_key) DO UPDATE SET variants = variants + excluded.variants", languages);
    }

    private static void upsert(Connection c, String sql, Map<String, Integer> counts) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                p.setString(1, e.getKey());
                p.setInt(2, e.getValue());
                p.executeUpdate();
            }
        }
    }
}
