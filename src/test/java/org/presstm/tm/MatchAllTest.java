package org.presstm.tm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchAllTest {
    private static final String[] WORDS = {"deputat", "komitə", "iclas", "qanun", "layihə", "sədr", "müavin",
        "beynəlxalq", "əməkdaşlıq", "parlament", "nümayəndə", "heyət", "görüş", "müzakirə", "dövlət", "büdcə"};

    @TempDir
    Path dir;

    @Test
    void aReleaseLookedUpAtOnceGetsWhatEachLookupGivesInTheSameOrder() {
        Path db = dir.resolve("m.db");
        Random random = new Random(7);
        List<String> stored = new ArrayList<>();
        try (SqliteMemory m = SqliteMemory.open(db, true); Memory.Batch b = m.begin()) {
            for (int i = 0; i < 3000; i++) {
                String s = sentence(random) + " " + i + ".";
                stored.add(s);
                b.add(TranslationUnit.of(Variant.of("az", s), Variant.of("en", "EN " + i)));
            }
            b.commit();
        }
        List<MatchQuery> queries = new ArrayList<>();
        for (int q = 0; q < 24; q++) {
            String text = q % 3 == 0 ? stored.get(random.nextInt(stored.size())) : sentence(random);
            queries.add(new MatchQuery(TaggedText.of(text), "az", List.of("en"), 50, 4, null, null));
        }
        List<List<Match>> one;
        try (SqliteMemory m = SqliteMemory.open(db, false)) {
            one = queries.stream().map(m::match).toList();
        }
        List<List<Match>> all;
        try (SqliteMemory m = SqliteMemory.open(db, false)) {
            all = m.matchAll(queries);
        }
        assertEquals(queries.size(), all.size());
        for (int q = 0; q < queries.size(); q++) {
            assertEquals(summary(one.get(q)), summary(all.get(q)), "query " + q);
        }
        assertTrue(all.stream().anyMatch(l -> !l.isEmpty() && l.get(0).score() == 100));
    }

    @Test
    void matchesFarBelowTheBestAreLeftOutWhenTheQuerySaysSo() {
        Path db = dir.resolve("w.db");
        Random random = new Random(11);
        try (SqliteMemory m = SqliteMemory.open(db, true); Memory.Batch b = m.begin()) {
            for (int i = 0; i < 2000; i++) {
                b.add(TranslationUnit.of(Variant.of("az", sentence(random) + " " + i + "."), Variant.of("en", "EN " + i)));
            }
            b.commit();
        }
        try (SqliteMemory m = SqliteMemory.open(db, false)) {
            for (int q = 0; q < 20; q++) {
                String text = sentence(random) + " " + random.nextInt(2000) + ".";
                List<Match> all = m.match(new MatchQuery(TaggedText.of(text), "az", List.of("en"), 30, 8, null, null));
                List<Match> near = m.match(new MatchQuery(TaggedText.of(text), "az", List.of("en"), 30, 8, null, null,
                        10));
                if (all.isEmpty()) {
                    assertTrue(near.isEmpty());
                    continue;
                }
                int top = all.get(0).score();
                assertEquals(top, near.get(0).score(), text);
                List<Integer> expected = all.stream().map(Match::score).filter(s -> s >= top - 10).toList();
                assertEquals(expected, near.stream().map(Match::score).toList(), text);
            }
        }
    }

    private static String sentence(Random random) {
        StringBuilder s = new StringBuilder("Milli Məclisdə");
        for (int w = 0; w < 6; w++) {
            s.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.toString();
    }

    /** The scores, and the texts of exact matches: which of several sentences tied below 100 is returned
     * depends on what the lookup had read before (see FuzzyLookup), not on the thread. */
    private static List<String> summary(List<Match> matches) {
        return matches.stream().map(m -> m.score() + (m.score() == 100 ? " " + m.source().text().plain() : ""))
                .toList();
    }
}
