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
 * id with its word count, so the length window costs no lookup. A sentence scoring at least {@code min}
 * holds enough of the query's words to be in one of its rarest posting lists (prefix filtering: see
 * {@link #candidates}); those are merged and the others probed for the candidates, or, when that would
 * read more, every list is counted once (ScanCount). Each candidate carries a bound on its score from the
 * words it holds, its length and the query's numbers; the shortlist is the best {@link #SHORTLIST} by
 * bound. Word frequencies live in {@code word_count}, kept up to date at each commit. Keeps its
 * statements, posting lists read (up to {@link #CACHE_POSTINGS}, with the bitsets of the dense ones, which
 * probing reads a candidate at a time) and tallies from lookup to lookup. Not thread-safe: one per
 * connection.
 */
final class CandidateIndex {
    static final int SHORTLIST = 200;
    private static final int LENGTH_BITS = 8;
    static final int MAX_LENGTH = (1 << LENGTH_BITS) - 1;

    private final Connection connection;

    CandidateIndex(Connection connection) {
        this.connection = connection;
        this.stored = new StoredPostings(connection);
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

    /**
     * Adds a variant's words to the index; {@code counts} collects word frequencies until commit, in
     * mutable counters (a boxed count merged per word was a tenth of an import's writing thread).
     */
    static void add(PreparedStatement insert, long variantId, KeyedUnit.KeyedVariant keyed,
            Map<String, int[]> counts) throws SQLException {
        for (String word : keyed.distinct()) {
            int[] count = counts.get(word);
            if (count == null) {
                counts.put(word, new int[] {1});
            } else {
                count[0]++;
            }
        }
        insert.setLong(1, rowid(variantId, keyed.words()));
        insert.setString(2, keyed.indexText());
        insert.executeUpdate();
    }

    /** A stored sentence worth scoring: its variant id, word count, and the best score it can reach. */
    record Candidate(long variantId, int length, int bound) {
    }

    /** Decoded posting lists kept in memory, at most this many postings in all (8 bytes each). */
    static final long CACHE_POSTINGS = 24_000_000;

    private final StoredPostings stored;
    private PreparedStatement wordCount;
    private PreparedStatement languageCount;
    private PreparedStatement dataVersion;
    private final Map<String, long[]> cache = new LinkedHashMap<>(1024, 0.75f, true);
    private long cached;
    private long version = Long.MIN_VALUE;

    /**
     * The shortlist for a query of {@code queryLength} words with these index keys: at most
     * {@link #SHORTLIST} candidates, in the order to score them: highest bound first, then most rare words
     * shared (idf-weighted), then nearest in length; complete down to {@code threshold}, or down to
     * {@code lowest} when counting every list (ScanCount, {@link #scanCount}) costs less than the merge
     * below, whose cost grows as the threshold falls. A {@code rough} shortlist may leave the lists of
     * very common words unread although the candidates are many (see {@link #skip}); it then promises
     * nothing ({@link #ROUGH}), but its best candidates, scored, raise the bar for the next threshold.
     * <p>
     * The bound: a sentence scoring at least {@code threshold} against a query of {@code nq} words is at edit
     * distance {@code d <= L (100 - threshold) / 100} from it ({@code L} the longer length), and {@code L - d}
     * is at most the number of words the two have in common; so they have at least
     * {@code ceil(nq * threshold / 100)} words in common. The query's numbers (one word to the scorer) and
     * repeated words may all be in common with any sentence; its other words only if the sentence holds
     * them. So a candidate holds at least {@code need} of the query's distinct words (numbers aside): it is in
     * one of the {@code present - need + 1} rarest lists (prefix filtering: Chaudhuri, Ganti and Kaushik
     * 2006; Bayardo, Ma and Srikant 2007). Those lists are merged into the candidates, counting the words
     * each holds; every longer list is then probed for the candidates left, rarest first, dropping each one
     * whose best reachable score ({@code 100 * min(length, words in common) / max(nq, length)}, less the
     * scorer's number penalty if it lacks one of the query's numbers) falls under {@code threshold}. Where
     * shorter, the query's rarest number stands in for most of the rarest words (see {@link #withNumber}).
     */
    Shortlist candidates(String langKey, List<String> keys, int queryLength, int threshold, int lowest,
            boolean rough) throws SQLException {
        checkVersion();
        List<String> words = keys.stream().distinct().map(k -> key(langKey, k)).collect(Collectors.toList());
        Map<String, Integer> counts = counts(words);
        List<Map.Entry<String, Integer>> order = rarestFirst(counts);
        List<Map.Entry<String, Integer>> present = new ArrayList<>();
        List<Map.Entry<String, Integer>> numbers = new ArrayList<>();
        order.forEach(e -> (isNumber(e.getKey()) ? numbers : present).add(e));
        int absent = (int) words.stream().filter(w -> !counts.containsKey(w) && !isNumber(w)).count();
        // numbers are one word to the scorer, repeated words are counted once here: both may be in common
        int base = queryLength - absent - present.size();
        // a query number that no stored sentence holds: every candidate's numbers differ from the query's
        boolean numberAbsent = words.stream().anyMatch(w -> isNumber(w) && !counts.containsKey(w));
        List<Map.Entry<String, Integer>> generators;
        int need;
        if (present.isEmpty()) {
            if (numbers.isEmpty()) {
                return new Shortlist(List.of(), lowest);
            }
            generators = numbers.subList(0, 1); // a sentence of numbers only: its rarest number
            need = 0;
        } else {
            need = need(queryLength, threshold, base);
            if (need > present.size()) {
                // more query words are nowhere in the memory than any match at this threshold may lack
                return new Shortlist(List.of(), threshold);
            }
            generators = present.subList(0, present.size() - need + 1);
            if (!numbers.isEmpty() && !numberAbsent) {
                generators = withNumber(generators, present, numbers.get(0), queryLength, threshold, base);
            }
        }
        long total = totalVariants(langKey);
        int n = scanIsCheaper(generators, present, numbers, this::cached) ? scanCount(present, numbers,
                present.subList(0, Math.max(0, present.size() - need(queryLength, lowest, base) + 1)), base,
                queryLength, lowest, numberAbsent) : -1;
        if (n >= 0) {
            // one pass that counts every list gives every sentence's exact bound, down to the lowest score
            return new Shortlist(shortlist(ids, weight, shared, lacksNumber, n, base, queryLength, lowest), lowest);
        }
        int low = threshold == 0 ? 0 : (queryLength * threshold + 99) / 100;
        int high = threshold == 0 ? MAX_LENGTH : Math.min(MAX_LENGTH, queryLength * 100 / threshold);
        n = merge(generators, total, low, high, numberAbsent);
        // every other list, rarest first: a candidate lacking too many of the words is dropped
        List<Map.Entry<String, Integer>> read = generators;
        List<Map.Entry<String, Integer>> others = new ArrayList<>();
        order.stream().filter(e -> !read.contains(e)).forEach(others::add);
        int remaining = present.size() - (int) read.stream().filter(e -> !isNumber(e.getKey())).count();
        int[] required = requiredCommon(queryLength, threshold);
        int[] requiredLacking = requiredCommon(queryLength, threshold + Scorer.NUMBER_PENALTY);
        int assumed = 0; // words whose lists were not read: every candidate is taken to hold them
        boolean partial = false; // a common word skipped with more candidates than the shortlist takes
        for (Map.Entry<String, Integer> e : others) {
            if (n == 0) {
                break;
            }
            boolean number = isNumber(e.getKey());
            if (skip(e, n, total, rough)) {
                partial |= n > SHORTLIST;
                // reading this list from the index costs more than it tells: assume every candidate holds it
                if (!number) {
                    assumed++;
                    remaining--;
                }
                continue;
            }
            long[] probed = list(e.getKey());
            n = probe(probed, bitset(e.getKey(), probed), idf(total, e.getValue()), number, n, base + assumed,
                    number ? remaining : --remaining, required, requiredLacking);
        }
        base += assumed;
        return new Shortlist(shortlist(ids, weight, shared, lacksNumber, n, base, queryLength, threshold),
                partial ? ROUGH : threshold);
    }

    /**
     * The {@code generators} of a threshold, or, if their lists are shorter in all, the query's rarest number
     * with the rarest words for a score higher by the number penalty: a sentence that holds every number of
     * the query is in that number's list; one that lacks one loses the penalty, so that its words alone must
     * reach {@code minScore + penalty}.
     */
    private static List<Map.Entry<String, Integer>> withNumber(List<Map.Entry<String, Integer>> generators,
            List<Map.Entry<String, Integer>> present, Map.Entry<String, Integer> rarestNumber, int queryLength,
            int minScore, int base) {
        int need = need(queryLength, minScore + Scorer.NUMBER_PENALTY, base);
        List<Map.Entry<String, Integer>> lacking = need > present.size() ? List.of()
                : present.subList(0, present.size() - need + 1);
        List<Map.Entry<String, Integer>> out = new ArrayList<>(lacking);
        out.add(rarestNumber);
        return postings(out) < postings(generators) ? out : generators;
    }

    private static long postings(List<Map.Entry<String, Integer>> lists) {
        long sum = 0;
        for (Map.Entry<String, Integer> e : lists) {
            sum += e.getValue();
        }
        return sum;
    }

    /** The fewest of the query's distinct words (numbers aside) that a sentence scoring {@code score} holds. */
    private static int need(int queryLength, int score, int base) {
        return Math.max(1, (queryLength * score + 99) / 100 - base);
    }

    /**
     * Candidates worth scoring, best first, and the score down to which they are complete: every sentence
     * scoring at least {@code complete} is among them (bar the {@link #SHORTLIST} cap).
     */
    record Shortlist(List<Candidate> candidates, int complete) {
    }

    /** The {@code complete} of a rough shortlist: candidates worth scoring, with no promise. */
    static final int ROUGH = 101;

    /**
     * What probing a list costs per candidate, in postings counted: the candidate arrays are read and written
     * whether the list is walked, galloped through or tested as a bitset, and merging is complete only down
     * to its threshold where counting reaches the lowest score at once (measured: bench tm at 1M, p95 from
     * ~9.5 to ~7.5 ms against counting a walked list as a posting read per candidate).
     */
    private static final int PROBE_COST = 16;
    /** What scoring a candidate costs (its text read from SQLite), in postings read from the FTS index. */
    private static final int SCORE_COST = 64;
    /** A word's list holding more than this share of a language's sentences tells little about a candidate. */
    private static final int COMMON = 16;

    /**
     * True if a list not yet read from the index is better left unread, every candidate taken to hold its
     * word (the bounds stay upper bounds): when the {@code n} candidates all fit in the shortlist (so all are
     * scored, whatever their order) and scoring them costs less than reading the list; or, if a {@code rough}
     * shortlist will do, when the word is in more than one sentence in {@link #COMMON} (up to
     * {@link #ROUGH_SKIPS} times per word: a memory kept open for many lookups then reads it).
     */
    private boolean skip(Map.Entry<String, Integer> e, int n, long total, boolean rough) {
        if (cached(e.getKey())) {
            return false;
        }
        if (n <= SHORTLIST && e.getValue() > (long) n * SCORE_COST) {
            return true;
        }
        // a common word that rough shortlists keep needing is read once and for all
        return rough && n > SHORTLIST && e.getValue() > total / COMMON
                && roughSkips.merge(e.getKey(), 1, Integer::sum) <= ROUGH_SKIPS;
    }

    /** How often a rough shortlist may leave a common word's list unread before it is read and kept. */
    private static final int ROUGH_SKIPS = 4;
    private final Map<String, Integer> roughSkips = new HashMap<>();

    /**
     * True if the word's list is in memory. A list stored compact ({@link StoredPostings}) is read faster than
     * from FTS5, but decoding it still costs a few nanoseconds a posting: the decisions that weigh reading a
     * list against scoring treat it as not yet read, which measured better (bench tm, 100k: p95 3.9 against
     * 13 ms when stored lists counted as read).
     */
    private boolean cached(String word) {
        return cache.containsKey(word);
    }

    /**
     * True if counting every list of the query (see {@link #scanCount}) costs less than merging the
     * {@code generators} and probing the other lists for up to as many candidates as they hold (walking
     * both, or galloping through the list). Only where every list is in memory already: the merge reads
     * from the index only the lists it needs, and leaves the others when the candidates are few (see
     * {@link #skip}), while counting reads them all.
     */
    private static boolean scanIsCheaper(List<Map.Entry<String, Integer>> generators,
            List<Map.Entry<String, Integer>> present, List<Map.Entry<String, Integer>> numbers,
            java.util.function.Predicate<String> cached) {
        if (present.isEmpty() || present.size() > Byte.MAX_VALUE || numbers.size() > Byte.MAX_VALUE) {
            return false;
        }
        long merged = postings(generators);
        long prefix = 2 * merged;
        long scan = 0;
        for (List<Map.Entry<String, Integer>> lists : List.of(present, numbers)) {
            for (Map.Entry<String, Integer> e : lists) {
                if (!cached.test(e.getKey())) {
                    return false;
                }
                scan += e.getValue();
                if (!generators.contains(e)) {
                    prefix += merged * PROBE_COST;
                }
            }
        }
        return scan < prefix;
    }

    /** Candidates being built: FTS rowid, distinct query words held, weight, lacks one of the numbers. */
    private long[] ids = new long[0];
    private int[] shared = new int[0];
    private float[] weight = new float[0];
    private boolean[] lacksNumber = new boolean[0];


    /** Per variant id while counting: how many of the query's words, and of its numbers, it holds. */
    private byte[] wordsHeld = new byte[0];
    private byte[] numbersHeld = new byte[0];
    /** Tallies beyond this many variant ids are not kept (the merge then does, with less memory). */
    private static final int MAX_TALLY = 1 << 27;

    /**
     * ScanCount (Li, Lu and Lu 2008): reads every list of the query's words and numbers once, counting per
     * sentence in the length window of {@code minScore} the words and numbers it holds (a byte each per
     * variant id: memory traffic is its cost, and an int tally has four times as much); then walks the
     * {@code generators} (every sentence reaching {@code minScore} is in one) and keeps the sentences whose
     * exact bound reaches it. Only the {@link #SHORTLIST} best by bound, then words and numbers held, can be
     * scored: the walk keeps no sentence ranking under them, and stops once the generators left can hold
     * only such sentences (a template repeated in 300,000 sentences then costs a list, not five).
     * Candidates are weighted by the words and numbers they hold (the bound, capped by a sentence's length,
     * does not tell apart two that differ in one word). Returns their number, in the candidate arrays, or -1
     * if the tally would be too large.
     */
    private int scanCount(List<Map.Entry<String, Integer>> present, List<Map.Entry<String, Integer>> numbers,
            List<Map.Entry<String, Integer>> generators, int base, int queryLength, int minScore,
            boolean numberAbsent) throws SQLException {
        if (present.size() > Byte.MAX_VALUE || numbers.size() > Byte.MAX_VALUE) {
            return -1;
        }
        int low = minScore == 0 ? 0 : (queryLength * minScore + 99) / 100;
        int high = minScore == 0 ? MAX_LENGTH : Math.min(MAX_LENGTH, queryLength * 100 / minScore);
        long first = Long.MAX_VALUE;
        long last = -1;
        List<long[]> words = new ArrayList<>();
        List<long[]> figures = new ArrayList<>();
        for (Map.Entry<String, Integer> e : present) {
            words.add(list(e.getKey()));
        }
        for (Map.Entry<String, Integer> e : numbers) {
            figures.add(list(e.getKey()));
        }
        for (List<long[]> group : List.of(words, figures)) {
            for (long[] list : group) {
                if (list.length > 0) {
                    first = Math.min(first, variantId(list[0]));
                    last = Math.max(last, variantId(list[list.length - 1]));
                }
            }
        }
        if (last < 0) {
            return 0;
        }
        if (last >= MAX_TALLY) {
            return -1;
        }
        if (last >= wordsHeld.length) {
            int size = (int) Math.min(MAX_TALLY, Math.max(last + 1, wordsHeld.length * 3L / 2));
            wordsHeld = new byte[size];
            numbersHeld = new byte[size];
        }
        tally(words, wordsHeld);
        tally(figures, numbersHeld);
        int[] required = requiredCommon(queryLength, minScore);
        int[] requiredLacking = requiredCommon(queryLength, minScore + Scorer.NUMBER_PENALTY);
        int allNumbers = numbers.size();
        long postings = 0;
        for (Map.Entry<String, Integer> e : generators) {
            postings += list(e.getKey()).length;
        }
        ensureCapacity((int) Math.min(Integer.MAX_VALUE - 8, postings));
        // of the keys kept (bound, then words and numbers held: the shortlist's order), and the lowest key
        // the shortlist may still take: among many sentences of one bound, only the best 200 of them are kept
        int[] histogram = new int[101 << 8];
        int cut = 0;
        int atOrAbove = 0;
        int n = 0;
        for (int g = 0; g < generators.size(); g++) {
            // a sentence of a bound at least the cut's holds need(bound) of the words: it is in one of the
            // present - need + 1 rarest lists, so once those are walked the rest can only be under the cut
            if (g > 0 && g >= present.size() - need(queryLength, cut >> 8, base) + 1) {
                break;
            }
            for (long rowid : list(generators.get(g).getKey())) {
                int id = (int) (rowid >>> LENGTH_BITS);
                int held = wordsHeld[id];
                if (held == 0 || !inWindow(rowid, low, high)) {
                    continue; // taken from an earlier list, or out of the window
                }
                wordsHeld[id] = 0;
                int length = (int) (rowid & MAX_LENGTH);
                int heldNumbers = numbersHeld[id];
                boolean lacks = numberAbsent || heldNumbers < allNumbers;
                int common = Math.min(length, base + held);
                if (common >= (lacks ? requiredLacking[length] : required[length])) {
                    int longest = Math.max(queryLength, length);
                    int bound = longest == 0 ? 100 : 100 * common / longest - (lacks ? Scorer.NUMBER_PENALTY : 0);
                    int key = bound << 8 | (held + heldNumbers);
                    if (key < cut) {
                        continue; // SHORTLIST candidates ranking higher are in hand: it would not be scored
                    }
                    histogram[key]++;
                    atOrAbove++;
                    while (atOrAbove - histogram[cut] >= SHORTLIST) {
                        atOrAbove -= histogram[cut++];
                    }
                    ids[n] = rowid;
                    shared[n] = held;
                    weight[n] = held + heldNumbers;
                    lacksNumber[n++] = lacks;
                }
            }
        }
        Arrays.fill(wordsHeld, (int) first, (int) last + 1, (byte) 0);
        Arrays.fill(numbersHeld, (int) first, (int) last + 1, (byte) 0);
        return n;
    }

    /** Adds one to {@code held} for each sentence of each list. */
    private static void tally(List<long[]> lists, byte[] held) {
        // every posting counted, in the window or not: the walk over the generators checks the window, and a
        // loop with no test in it runs faster over the millions of postings of common words
        for (long[] list : lists) {
            for (long rowid : list) {
                held[(int) (rowid >>> LENGTH_BITS)]++;
            }
        }
    }

    /**
     * Merges the sorted lists of {@code generators} (a heap of list heads) into the candidates, the rowids in
     * the length window, each with the number of these word lists holding it, their idf weights and whether
     * it lacks one of the query's numbers: if {@code numberAbsent}, or if a number is among the generators
     * and it is not in that number's list. Returns their number.
     */
    private int merge(List<Map.Entry<String, Integer>> generators, long total, int low, int high,
            boolean numberAbsent) throws SQLException {
        int k = generators.size();
        long[][] lists = new long[k][];
        float[] idf = new float[k];
        boolean[] number = new boolean[k];
        boolean lacking = numberAbsent;
        for (int i = 0; i < k; i++) {
            number[i] = isNumber(generators.get(i).getKey());
            lacking |= number[i];
        }
        int[] at = new int[k];
        int[] heap = new int[k];
        int size = 0;
        long postings = 0;
        for (int i = 0; i < k; i++) {
            lists[i] = list(generators.get(i).getKey());
            idf[i] = idf(total, generators.get(i).getValue());
            postings += lists[i].length;
        }
        ensureCapacity((int) Math.min(Integer.MAX_VALUE - 8, postings));
        for (int i = 0; i < k; i++) {
            at[i] = next(lists[i], 0, low, high);
            if (at[i] < lists[i].length) {
                heap[size++] = i;
                siftUp(heap, size - 1, lists, at);
            }
        }
        int n = 0;
        while (size > 0) {
            int top = heap[0];
            long id = lists[top][at[top]];
            if (n == 0 || ids[n - 1] != id) {
                ids[n] = id;
                shared[n] = 0;
                weight[n] = 0;
                lacksNumber[n++] = lacking;
            }
            shared[n - 1] += number[top] ? 0 : 1;
            weight[n - 1] += idf[top];
            if (number[top]) {
                lacksNumber[n - 1] = numberAbsent;
            }
            at[top] = next(lists[top], at[top] + 1, low, high);
            if (at[top] >= lists[top].length) {
                heap[0] = heap[--size];
            }
            if (size > 0) {
                siftDown(heap, size, lists, at);
            }
        }
        return n;
    }

    /** The first index at or after {@code from} whose sentence length is in the window. */
    private static int next(long[] list, int from, int low, int high) {
        while (from < list.length && !inWindow(list[from], low, high)) {
            from++;
        }
        return from;
    }

    private static void siftUp(int[] heap, int i, long[][] lists, int[] at) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (head(heap[parent], lists, at) <= head(heap[i], lists, at)) {
                return;
            }
            int t = heap[parent];
            heap[parent] = heap[i];
            heap[i] = t;
            i = parent;
        }
    }

    private static void siftDown(int[] heap, int size, long[][] lists, int[] at) {
        int i = 0;
        while (true) {
            int left = 2 * i + 1;
            if (left >= size) {
                return;
            }
            int child = left + 1 < size && head(heap[left + 1], lists, at) < head(heap[left], lists, at)
                    ? left + 1 : left;
            if (head(heap[i], lists, at) <= head(heap[child], lists, at)) {
                return;
            }
            int t = heap[child];
            heap[child] = heap[i];
            heap[i] = t;
            i = child;
        }
    }

    private static long head(int list, long[][] lists, int[] at) {
        return lists[list][at[list]];
    }

    private void ensureCapacity(int n) {
        if (ids.length < n) {
            int capacity = Math.max(n, ids.length * 3 / 2);
            ids = Arrays.copyOf(ids, capacity);
            shared = Arrays.copyOf(shared, capacity);
            weight = Arrays.copyOf(weight, capacity);
            lacksNumber = Arrays.copyOf(lacksNumber, capacity);
        }
    }

    /**
     * Probes one more list for the {@code n} candidates and keeps those that can still reach the threshold
     * with {@code remaining} word lists left unread: {@code required[length]} words in common, or
     * {@code requiredLacking[length]} for one that lacks a number of the query. A number's list only adds
     * weight and marks the candidates that lack it. Returns the candidates kept.
     */
    private int probe(long[] list, long[] bits, float idf, boolean number, int n, int base, int remaining,
            int[] required, int[] requiredLacking) {
        boolean gallop = list.length > 4L * n; // a long list: jump through it, else walk both
        int j = 0;
        int kept = 0;
        for (int i = 0; i < n; i++) {
            long id = ids[i];
            boolean holds;
            if (bits != null) {
                long variant = id >>> LENGTH_BITS;
                int word = (int) (variant >>> 6);
                holds = word < bits.length && (bits[word] & 1L << variant) != 0;
            } else {
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
                holds = j < list.length && list[j] == id;
                if (holds) {
                    j++;
                }
            }
            float w = weight[i];
            int sh = shared[i];
            boolean lacks = lacksNumber[i];
            if (holds) {
                w += idf;
                sh += number ? 0 : 1;
            } else if (number) {
                lacks = true;
            }
            int length = (int) (id & MAX_LENGTH);
            int common = Math.min(length, base + sh + remaining);
            if (common < (lacks ? requiredLacking[length] : required[length])) {
                continue; // lacks too many words already
            }
            ids[kept] = id;
            weight[kept] = w;
            shared[kept] = sh;
            lacksNumber[kept++] = lacks;
        }
        return kept;
    }

    /**
     * For each sentence length, the fewest words in common with a query of {@code queryLength} words that
     * let a sentence score {@code score}: {@code 100 * common / max(queryLength, length) >= score}; more
     * than the length where no number of words will do.
     */
    private static int[] requiredCommon(int queryLength, int score) {
        int[] out = new int[MAX_LENGTH + 1];
        for (int length = 0; length <= MAX_LENGTH; length++) {
            int longest = Math.max(queryLength, length);
            out[length] = longest == 0 ? 0 : (score * longest + 99) / 100;
        }
        return out;
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
     * query's distinct words (numbers aside) has at most {@code base + shared[i]} words in common with it,
     * and scores the number penalty less if it lacks one of the query's numbers.
     */
    private static List<Candidate> shortlist(long[] ids, float[] weight, int[] shared, boolean[] lacksNumber,
            int n, int base, int queryLength, int minScore) {
        int[] histogram = new int[101];
        int[] bounds = new int[n];
        for (int i = 0; i < n; i++) {
            int length = (int) (ids[i] & MAX_LENGTH);
            int common = Math.min(length, base + shared[i]);
            int longest = Math.max(queryLength, length);
            int bound = longest == 0 ? 100 : Math.max(0, 100 * common / longest);
            if (lacksNumber[i]) {
                bound = Math.max(0, bound - Scorer.NUMBER_PENALTY); // it scores at most min(99, bound - penalty)
            }
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
        if (m > SHORTLIST) {
            selectLargest(packed, m, SHORTLIST); // the best SHORTLIST to the end, unsorted, in linear time
            Arrays.sort(packed, m - SHORTLIST, m);
        } else {
            Arrays.sort(packed, 0, m);
        }
        List<Candidate> out = new ArrayList<>(Math.min(m, SHORTLIST));
        for (int j = m - 1; j >= 0 && out.size() < SHORTLIST; j--) {
            int i = (int) (packed[j] & ((1 << 28) - 1));
            out.add(new Candidate(variantId(ids[i]), (int) (ids[i] & MAX_LENGTH), bounds[i]));
        }
        return out;
    }

    /**
     * Rearranges {@code values[0, m)} so that its {@code k} largest values are in {@code [m - k, m)}
     * (quickselect, Hoare 1961; values are distinct: each packs its own index).
     */
    static void selectLargest(long[] values, int m, int k) {
        int target = m - k;
        int lo = 0;
        int hi = m - 1;
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        while (lo < hi) {
            long pivot = values[lo + random.nextInt(hi - lo + 1)];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (values[i] < pivot) {
                    i++;
                }
                while (values[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    long t = values[i];
                    values[i++] = values[j];
                    values[j--] = t;
                }
            }
            if (target <= j) {
                hi = j;
            } else if (target >= i) {
                lo = i;
            } else {
                return;
            }
        }
    }

    private static boolean isNumber(String key) {
        return Words.isNumber(key.substring(key.indexOf('_') + 1));
    }

    private static List<Map.Entry<String, Integer>> rarestFirst(Map<String, Integer> counts) {
        List<Map.Entry<String, Integer>> order = new ArrayList<>(counts.entrySet());
        order.sort(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
        return order;
    }

    /**
     * The FTS rowids (ascending) of the sentences holding {@code word}: from the lists kept in memory, else
     * from the compact stored lists or the index ({@link StoredPostings}).
     */
    private long[] list(String word) throws SQLException {
        long[] list = cache.get(word);
        if (list != null) {
            return list;
        }
        list = stored.has(word) ? stored.read(word) : stored.fromIndex(word);
        keep(word, list);
        return list;
    }

    private void keep(String word, long[] list) {
        cache.put(word, list);
        cached += list.length;
        for (var it = cache.entrySet().iterator(); cached > CACHE_POSTINGS && it.hasNext(); ) {
            Map.Entry<String, long[]> eldest = it.next();
            if (eldest.getValue() != list) {
                cached -= eldest.getValue().length;
                it.remove();
            }
        }
    }

    /**
     * The word's list as a bitset over variant ids, for a list dense enough that the bitset is no larger
     * ({@link #dense}): probing it costs a read a candidate, where walking the list costs one a posting and
     * galloping a few cache misses a candidate (bench tm at 1M: the slowest queries, made of words in a third
     * of the sentences or more, from 24 to 13 ms). Kept with the lists, and counted with them.
     */
    private long[] bitset(String word, long[] list) {
        if (!dense(list)) {
            return null;
        }
        long last = variantId(list[list.length - 1]);
        String key = word + BITSET;
        long[] bits = cache.get(key);
        if (bits == null) {
            bits = new long[(int) (last >>> 6) + 1];
            for (long rowid : list) {
                long variant = rowid >>> LENGTH_BITS;
                bits[(int) (variant >>> 6)] |= 1L << variant;
            }
            keep(key, bits);
        }
        return bits;
    }

    /** True if the list's bitset (a bit per variant id up to its last) takes no more room than the list. */
    private static boolean dense(long[] list) {
        return list.length > 0 && (long) list.length * Long.SIZE >= variantId(list[list.length - 1]);
    }

    /** Bitsets are kept in the lists' cache under the word's key with this appended (no key holds a NUL). */
    private static final String BITSET = "\u0000bits";

    /** Stores the long lists this lookup read from the index, for the next process (see {@link StoredPostings}). */
    void storeLists() {
        stored.flush();
    }

    /**
     * The bytes this index keeps between lookups: the cached posting lists, the candidate arrays and the
     * tallies (counted from their sizes, not measured).
     */
    long bytesHeld() {
        return cached * Long.BYTES + ids.length * (long) (Long.BYTES + Integer.BYTES + Float.BYTES + 1)
                + 2L * wordsHeld.length;
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
            stored.refresh();
            version = now;
        }
    }

    /** Forgets the cached lists (this connection wrote to the memory: data_version only tells of others). */
    void invalidate() {
        cache.clear();
        roughSkips.clear();
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
        stored.close();
        for (PreparedStatement p : new PreparedStatement[] {wordCount, languageCount, dataVersion}) {
            if (p != null) {
                p.close();
            }
        }
        wordCount = null;
        languageCount = null;
        dataVersion = null;
    }

    /** Adds the word and language counts gathered in a batch; called just before its commit. */
    static void flush(Connection c, Map<String, int[]> words, Map<String, int[]> languages)
            throws SQLException {
        upsert(c, "INSERT INTO word_count (word, variants) VALUES (?, ?)"
                + " ON CONFLICT(word) DO UPDATE SET variants = variants + excluded.variants", words);
        upsert(c, "INSERT INTO language (lang_key, variants) VALUES (?, ?)"
                + " ON CONFLICT(lang_key) DO UPDATE SET variants = variants + excluded.variants", languages);
    }

    private static void upsert(Connection c, String sql, Map<String, int[]> counts) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (Map.Entry<String, int[]> e : counts.entrySet()) {
                p.setString(1, e.getKey());
                p.setInt(2, e.getValue()[0]);
                p.executeUpdate();
            }
        }
    }
}
