package org.presstm.tm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * Keeps its statements and tally from lookup to lookup. Not thread-safe: one per connection.
 */
final class CandidateIndex {
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

    /** A stored sentence worth scoring: its variant id, word count, and the best score it can reach. */
    record Candidate(long variantId, int length, int bound) {
    }

    /** Decoded posting lists kept in memory, at most this many postings in all (8 bytes each). */
    static final long CACHE_POSTINGS = 24_000_000;

    private PreparedStatement postings;
    private PreparedStatement wordCount;
    private PreparedStatement languageCount;
    private PreparedStatement dataVersion;
    private final Map<String, long[]> cache = new LinkedHashMap<>(1024, 0.75f, true);
    private long cached;
    private long version = Long.MIN_VALUE;

    /**
     * The shortlist for a query of {@code queryLength} words with these index keys: at most
     * {@link #SHORTLIST} candidates, in the order to score them: highest bound first, then most rare words
     * shared (idf-weighted), then nearest in length. Candidates are the sentences in the length window that
     * hold one of the {@code e + 1} rarest query words (prefix filtering); every other query word's list is
     * then merged in to count the words each candidate shares. A sentence lacking j of the query's distinct
     * words has at most {@code queryLength - j} words in common with it, so it scores at most
     * {@code 100 * (queryLength - j) / max(queryLength, its length)}: that is its bound, and candidates whose
     * bound is under {@code minScore} are left out.
     */
    List<Candidate> candidates(String langKey, List<String> keys, int queryLength, int minScore)
            throws SQLException {
        checkVersion();
        List<String> words = keys.stream().distinct().map(k -> key(langKey, k)).collect(Collectors.toList());
        Map<String, Integer> counts = counts(words);
        // numbers are one word to the scorer, so only other words count towards the bound
        int absent = (int) words.stream().filter(w -> !counts.containsKey(w) && !isNumber(w)).count();
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
        int high = minScore == 0 ? MAX_LENGTH : Math.min(MAX_LENGTH, queryLength * 100 / minScore);
        long total = totalVariants(langKey);
        // the candidates: the union of the required lists, in the window
        long[] ids = new long[0];
        float[] weight = new float[0];
        int[] shared = new int[0];
        int n = 0;
        for (Map.Entry<String, Integer> e : order) {
            if (!required.contains(e.getKey())) {
                continue;
            }
            long[] list = list(e.getKey());
            float idf = idf(total, e.getValue());
            int counted = isNumber(e.getKey()) ? 0 : 1;
            long[] mergedIds = new long[n + list.length];
            float[] mergedWeight = new float[mergedIds.length];
            int[] mergedShared = new int[mergedIds.length];
            int i = 0;
            int j = 0;
            int m = 0;
            while (i < n || j < list.length) {
                if (j < list.length && !inWindow(list[j], low, high)) {
                    j++;
                } else if (j >= list.length || i < n && ids[i] < list[j]) {
                    mergedIds[m] = ids[i];
                    mergedWeight[m] = weight[i];
                    mergedShared[m++] = shared[i++];
                } else if (i >= n || list[j] < ids[i]) {
                    mergedIds[m] = list[j++];
                    mergedWeight[m] = idf;
                    mergedShared[m++] = counted;
                } else {
                    mergedIds[m] = ids[i];
                    mergedWeight[m] = weight[i] + idf;
                    mergedShared[m++] = shared[i++] + counted;
                    j++;
                }
            }
            ids = mergedIds;
            weight = mergedWeight;
            shared = mergedShared;
            n = m;
        }
        // every other list only counts towards the candidates it holds: words first, rarest first, dropping
        // the candidates that can no longer reach minScore, so that the set shrinks as the lists grow
        int present = (int) order.stream().filter(e -> !isNumber(e.getKey())).count();
        int base = queryLength - absent - present;
        List<Map.Entry<String, Integer>> others = new ArrayList<>();
        Set<String> read = required;
        order.stream().filter(e -> !read.contains(e.getKey()) && !isNumber(e.getKey())).forEach(others::add);
        order.stream().filter(e -> !read.contains(e.getKey()) && isNumber(e.getKey())).forEach(others::add);
        int remaining = (int) others.stream().filter(e -> !isNumber(e.getKey())).count();
        for (Map.Entry<String, Integer> e : others) {
            if (n == 0) {
                break;
            }
            long[] list = list(e.getKey());
            float idf = idf(total, e.getValue());
            int counted = isNumber(e.getKey()) ? 0 : 1;
            remaining -= counted;
            boolean gallop = list.length > 4L * n; // a long list: jump through it, else walk both
            int j = 0;
            int kept = 0;
            for (int i = 0; i < n; i++) {
                long id = ids[i];
                if (j < list.length) {
                    if (gallop) {
                        if (list[j] < id) {
                            j = seek(list, j, id);
                        }
                    } else {
                        while (j < list.length && list[j] < id) {
                            j++;
                        }
                    }
                }
                float w = weight[i];
                int sh = shared[i];
                if (j < list.length && list[j] == id) {
                    w += idf;
                    sh += counted;
                    j++;
                }
                if (counted == 1 && bound(id, base + sh + remaining, queryLength) < minScore) {
                    continue; // lacks too many words already
                }
                ids[kept] = id;
                weight[kept] = w;
                shared[kept++] = sh;
            }
            n = kept;
        }
        return shortlist(ids, weight, shared, n, queryLength - absent - present, queryLength, minScore);
    }

    /** The best score of a sentence (FTS rowid) having at most {@code common} words in common with the query. */
    private static int bound(long rowid, int common, int queryLength) {
        int length = (int) (rowid & MAX_LENGTH);
        int longest = Math.max(queryLength, length);
        return longest == 0 ? 100 : Math.max(0, 100 * Math.min(length, common) / longest);
    }

    private static float idf(long total, int count) {
        return (float) Math.log((total + 1.0) / (count + 0.5));
    }

    private static boolean inWindow(long rowid, int low, int high) {
        int length = (int) (rowid & MAX_LENGTH);
        return length >= low && (length <= high || length == MAX_LENGTH);
    }

    /** The first index at or after {@code from} whose value is at least {@code id} (galloping search). */
    private static int seek(long[] list, int from, long id) {
        int step = 1;
        int lo = from;
        int hi = from + 1;
        while (hi < list.length && list[hi] < id) {
            lo = hi;
            step <<= 1;
            hi = from + step;
        }
        hi = Math.min(hi, list.length);
        int found = Arrays.binarySearch(list, lo, hi, id);
        return found >= 0 ? found : -found - 1;
    }

    /**
     * The candidates, best first (see {@link #candidates}); a candidate sharing {@code shared[i]} of the
     * query's distinct words (numbers aside) has at most {@code base + shared[i]} words in common with it.
     */
    private static List<Candidate> shortlist(long[] ids, float[] weight, int[] shared, int n, int base,
            int queryLength, int minScore) {
        int[] histogram = new int[101];
        int[] bounds = new int[n];
        for (int i = 0; i < n; i++) {
            int length = (int) (ids[i] & MAX_LENGTH);
            int common = Math.min(length, base + shared[i]);
            int longest = Math.max(queryLength, length);
            int bound = longest == 0 ? 100 : Math.max(0, 100 * common / longest);
            bounds[i] = bound;
            if (bound >= minScore) {
                histogram[bound]++;
            }
        }
        // the lowest bound that still fits in the shortlist: only entries at or above it are sorted
        int cut = 100;
        for (int taken = histogram[100]; cut > minScore && taken < SHORTLIST; ) {
            taken += histogram[--cut];
        }
        cut = Math.max(cut, minScore);
        long[] packed = new long[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (bounds[i] >= cut) {
                int length = (int) (ids[i] & MAX_LENGTH);
                long w = Math.max(0, Math.min((1L << 20) - 1, (long) (weight[i] * 64)));
                long near = 255 - Math.min(255, Math.abs(length - queryLength));
                packed[m++] = (long) bounds[i] << 56 | w << 36 | near << 28 | i;
            }
        }
        Arrays.sort(packed, 0, m);
        List<Candidate> out = new ArrayList<>(Math.min(m, SHORTLIST));
        for (int j = m - 1; j >= 0 && out.size() < SHORTLIST; j--) {
            int i = (int) (packed[j] & ((1 << 28) - 1));
            out.add(new Candidate(variantId(ids[i]), (int) (ids[i] & MAX_LENGTH), bounds[i]));
        }
        return out;
    }

    private static boolean isNumber(String key) {
        return Words.isNumber(key.substring(key.indexOf('_') + 1));
    }

    private static List<Map.Entry<String, Integer>> rarestFirst(Map<String, Integer> counts) {
        List<Map.Entry<String, Integer>> order = new ArrayList<>(counts.entrySet());
        order.sort(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
        return order;
    }

    /** The FTS rowids (ascending) of the sentences holding {@code word}, from the cache or the index. */
    private long[] list(String word) throws SQLException {
        long[] list = cache.get(word);
        if (list != null) {
            return list;
        }
        if (postings == null) {
            postings = connection.prepareStatement("SELECT rowid FROM variant_words WHERE variant_words MATCH ?");
        }
        long[] buffer = new long[1024];
        int n = 0;
        postings.setString(1, word);
        try (ResultSet rs = postings.executeQuery()) {
            while (rs.next()) {
                if (n == buffer.length) {
                    buffer = Arrays.copyOf(buffer, n * 2);
                }
                buffer[n++] = rs.getLong(1);
            }
        }
        list = Arrays.copyOf(buffer, n);
        cache.put(word, list);
        cached += n;
        for (var it = cache.entrySet().iterator(); cached > CACHE_POSTINGS && it.hasNext(); ) {
            Map.Entry<String, long[]> eldest = it.next();
            if (eldest.getValue() != list) {
                cached -= eldest.getValue().length;
                it.remove();
            }
        }
        return list;
    }

    /** Drops the cached lists if the memory has changed since they were read (here or in another process). */
    private void checkVersion() throws SQLException {
        if (dataVersion == null) {
            dataVersion = connection.prepareStatement("PRAGMA data_version");
        }
        long now;
        try (ResultSet rs = dataVersion.executeQuery()) {
            now = rs.next() ? rs.getLong(1) : 0;
        }
        if (now != version) {
            invalidate();
            version = now;
        }
    }

    /** Forgets the cached lists (this connection wrote to the memory: data_version only tells of others). */
    void invalidate() {
        cache.clear();
        cached = 0;
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
        if (wordCount == null) {
            wordCount = connection.prepareStatement("SELECT variants FROM word_count WHERE word = ?");
        }
        for (String w : words) {
            wordCount.setString(1, w);
            try (ResultSet rs = wordCount.executeQuery()) {
                if (rs.next()) {
                    out.put(w, rs.getInt(1));
                }
            }
        }
        return out;
    }

    private long totalVariants(String langKey) throws SQLException {
        if (languageCount == null) {
            languageCount = connection.prepareStatement("SELECT variants FROM language WHERE lang_key = ?");
        }
        languageCount.setString(1, langKey);
        try (ResultSet rs = languageCount.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** Closes the statements kept from lookup to lookup. */
    void close() throws SQLException {
        invalidate();
        for (PreparedStatement p : new PreparedStatement[] {postings, wordCount, languageCount, dataVersion}) {
            if (p != null) {
                p.close();
            }
        }
        postings = null;
        wordCount = null;
        languageCount = null;
        dataVersion = null;
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
