package org.presstm.tm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The candidate index loses no match: on random memories (a skewed vocabulary, so that some words are in
 * most sentences and the index takes each of its paths, numbers included), the scores a lookup returns are
 * those of an exhaustive scan that scores every stored sentence with the same scorer.
 */
class FuzzyLookupRecallTest {
    @TempDir
    Path dir;

    private final Scorer scorer = new Scorer();

    /** Small memories: every candidate fits in the shortlist, so all the scores returned are exact. */
    @Test
    void everyScoreReturnedIsTheExhaustiveOneOnSmallMemories() {
        for (int seed = 1; seed <= 4; seed++) {
            Random random = new Random(seed);
            List<String> stored = sentences(random, 150, 40);
            try (SqliteMemory memory = memory("small-" + seed, stored)) {
                for (int q = 0; q < 60; q++) {
                    String query = query(random, stored, 40);
                    for (int min : new int[] {50, 70, 90}) {
                        for (int max : new int[] {1, 3, 6}) {
                            List<Integer> expected = exhaustive(stored, query, min, max);
                            List<Integer> found = memory.match(MatchQuery.of(query, "az", List.of("en"), min, max))
                                    .stream().map(Match::score).toList();
                            assertEquals(expected, found,
                                    "seed " + seed + " min " + min + " max " + max + ": " + query);
                        }
                    }
                }
            }
        }
    }

    /**
     * Larger memories, where lists are long, looked up warm and cold (then the index reads fewer lists): the
     * best match is always the exhaustive scan's best.
     */
    @Test
    void bestMatchIsTheExhaustiveBestOnLargerMemories() {
        for (int seed = 11; seed <= 12; seed++) {
            Random random = new Random(seed);
            List<String> stored = sentences(random, 3000, 120);
            try (SqliteMemory memory = memory("large-" + seed, stored)) {
                int matched = 0;
                for (int q = 0; q < 80; q++) {
                    String query = query(random, stored, 120);
                    for (int min : new int[] {50, 70}) {
                        List<Integer> expected = exhaustive(stored, query, min, 1);
                        List<Match> found;
                        if (q % 2 == 0) { // a memory just opened has no posting list in memory yet
                            try (SqliteMemory cold = SqliteMemory.open(dir.resolve("large-" + seed + ".db"), false)) {
                                found = cold.match(MatchQuery.of(query, "az", List.of("en"), min, 5));
                            }
                        } else {
                            found = memory.match(MatchQuery.of(query, "az", List.of("en"), min, 5));
                        }
                        assertEquals(expected.isEmpty() ? -1 : expected.get(0),
                                found.isEmpty() ? -1 : found.get(0).score(),
                                "seed " + seed + " min " + min + ": " + query);
                        matched += expected.isEmpty() ? 0 : 1;
                    }
                }
                assertTrue(matched > 100, "the queries should mostly have matches, had " + matched);
            }
        }
    }

    /**
     * Sentences made from a few templates, so that thousands share every word and differ in their numbers
     * (far more ties at the best bound than the shortlist takes): a memory opened anew takes a first rough
     * shortlist (lists of very common words left unread), one kept open counts every list (ScanCount) and
     * probes bitsets of the dense ones; both must return the exhaustive best.
     */
    @Test
    void bestMatchIsTheExhaustiveBestOnTemplatedSentencesColdAndWarm() {
        Random random = new Random(21);
        String[] templates = {"söza sözb %d sözc sözd %d sözə sözf %s sözg", "sözh sözi %s sözj %d sözk sözl sözm",
            "sözn %s sözo sözp sözq %d %d sözr"};
        String[] slots = {"qırmızı", "yaşıl", "mavi", "sarı"};
        List<String> stored = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            String t = templates[random.nextInt(templates.length)];
            stored.add(t.replaceFirst("%s", slots[random.nextInt(slots.length)]).replaceAll("%d", "")
                    .replaceAll(" +", " ") + " " + random.nextInt(40) + " " + (2000 + random.nextInt(30)) + ".");
        }
        try (SqliteMemory warm = memory("templated", stored)) {
            for (int q = 0; q < 80; q++) {
                String query = query(random, stored, 8);
                int min = q % 4 < 2 ? 50 : 70;
                List<Integer> expected = exhaustive(stored, query, min, 1);
                List<Match> found;
                if (q % 2 == 0) {
                    try (SqliteMemory cold = SqliteMemory.open(dir.resolve("templated.db"), false)) {
                        found = cold.match(MatchQuery.of(query, "az", List.of("en"), min, 5));
                    }
                } else {
                    found = warm.match(MatchQuery.of(query, "az", List.of("en"), min, 5));
                }
                assertEquals(expected.isEmpty() ? -1 : expected.get(0), found.isEmpty() ? -1 : found.get(0).score(),
                        (q % 2 == 0 ? "cold" : "warm") + ", min " + min + ": " + query);
            }
        }
    }

    private SqliteMemory memory(String name, List<String> stored) {
        SqliteMemory memory = SqliteMemory.open(dir.resolve(name + ".db"), true);
        try (Memory.Batch b = memory.begin()) {
            for (int i = 0; i < stored.size(); i++) {
                b.add(TranslationUnit.of(Variant.of("az", stored.get(i)), Variant.of("en", "en " + i)));
            }
            b.commit();
        }
        return memory;
    }

    /**
     * The best score of each stored unit at or above {@code min}, highest first, the first {@code max}; of
     * the sentences that hold at least one of the query's words: one that has only numbers in common with it
     * (all numbers are one word to the scorer) is out of reach of any word index, and not a candidate.
     */
    private List<Integer> exhaustive(List<String> stored, String query, int min, int max) {
        Scorer.Prepared q = scorer.prepare(TaggedText.of(query), "az");
        java.util.Set<String> words = new java.util.HashSet<>(Words.keys(query, "az"));
        words.removeIf(Words::isNumber);
        Map<String, Integer> best = new HashMap<>(); // identical texts are merged into one unit
        for (String s : stored) {
            if (Words.keys(s, "az").stream().noneMatch(words::contains)) {
                continue;
            }
            int score = scorer.score(q, scorer.prepare(TaggedText.of(s), "az"));
            if (score >= min) {
                best.merge(s, score, Math::max);
            }
        }
        List<Integer> scores = new ArrayList<>(best.values());
        scores.sort(Comparator.reverseOrder());
        return scores.subList(0, Math.min(max, scores.size()));
    }

    /**
     * Random sentences of 3 to 24 words from a vocabulary of {@code words} words whose frequencies fall off
     * steeply (the first few are in most sentences), with numbers and some punctuation.
     */
    private static List<String> sentences(Random random, int count, int words) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int length = 3 + random.nextInt(22);
            List<String> sentence = new ArrayList<>();
            for (int w = 0; w < length; w++) {
                sentence.add(word(random, words));
            }
            out.add(String.join(" ", sentence) + (random.nextBoolean() ? "." : ""));
        }
        return out;
    }

    private static String word(Random random, int words) {
        if (random.nextInt(8) == 0) {
            return String.valueOf(random.nextInt(random.nextBoolean() ? 12 : 3000));
        }
        double u = random.nextDouble();
        int rank = (int) (words * u * u * u); // skewed towards the first words
        return "söz" + Integer.toString(rank, 36) + (rank % 5 == 0 ? "ə" : "");
    }

    /** A stored sentence with a few words replaced, dropped or added, a number changed, or a new sentence. */
    private static String query(Random random, List<String> stored, int words) {
        if (random.nextInt(10) == 0) {
            return sentences(random, 1, words).get(0);
        }
        List<String> w = new ArrayList<>(List.of(stored.get(random.nextInt(stored.size())).split(" ")));
        int edits = random.nextInt(5);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(w.size());
            switch (random.nextInt(3)) {
                case 0 -> w.set(at, word(random, words));
                case 1 -> {
                    if (w.size() > 2) {
                        w.remove(at);
                    }
                }
                default -> w.add(at, word(random, words));
            }
        }
        return String.join(" ", w);
    }
}
