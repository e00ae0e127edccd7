package org.presstm.tm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoredPostingsTest {
    private static final String[] WORDS = {"deputat", "komitə", "iclas", "qanun", "layihə", "sədr", "müavin",
        "beynəlxalq", "əməkdaşlıq", "parlament", "nümayəndə", "heyət", "görüş", "müzakirə", "dövlət"};

    @TempDir
    Path dir;
    private Path db;
    private String common;

    @BeforeEach
    void memoryWhereOneWordIsInEverySentence() {
        db = dir.resolve("m.db");
        common = CandidateIndex.key("az", Words.keys("Məclis", "az").get(0));
        add(0, StoredPostings.MIN_POSTINGS + 500);
    }

    /** Sentences n..n+count: "Məclis" and four other words, different from sentence to sentence. */
    private void add(int from, int count) {
        Random random = new Random(from);
        try (SqliteMemory m = SqliteMemory.open(db, true); Memory.Batch b = m.begin()) {
            for (int i = from; i < from + count; i++) {
                StringBuilder s = new StringBuilder("Məclis");
                for (int w = 0; w < 4; w++) {
                    s.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
                }
                s.append(' ').append(i).append('.');
                b.add(TranslationUnit.of(Variant.of("az", s.toString()), Variant.of("en", "Parliament " + i + ".")));
            }
            b.commit();
        }
    }

    @Test
    void listsSurviveEncodingExactly() {
        long[] list = {3, 4, 260, 1L << 20, (1L << 40) + 7, Long.MAX_VALUE / 2};
        assertArrayEquals(list, StoredPostings.decode(StoredPostings.encode(list)));
        assertArrayEquals(new long[0], StoredPostings.decode(StoredPostings.encode(new long[0])));
    }

    @Test
    void aLongListReadFromTheIndexIsStoredAndReadBackWhole() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            StoredPostings stored = new StoredPostings(c);
            stored.refresh();
            assertFalse(stored.has(common));
            long[] fromIndex = stored.fromIndex(common);
            assertEquals(StoredPostings.MIN_POSTINGS + 500, fromIndex.length);
            stored.flush();
            stored.refresh();
            assertTrue(stored.has(common));
            assertArrayEquals(fromIndex, stored.read(common));
        }
    }

    @Test
    void sentencesAddedAfterAListWasStoredAreFoundToo() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            StoredPostings stored = storedCommonList(c);
            add(100_000, 25);
            stored.refresh();
            long[] whole = stored.read(common);
            assertEquals(StoredPostings.MIN_POSTINGS + 525, whole.length);
            stored.flush(); // a short tail: the stored list is left as it was
            assertEquals(StoredPostings.MIN_POSTINGS + 500, storedPostings(c));
            assertArrayEquals(stored.fromIndex(common), whole);
        }
    }

    @Test
    void aListWithALongTailIsStoredAgain() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            StoredPostings stored = storedCommonList(c);
            add(100_000, StoredPostings.STALE_TAIL);
            stored.refresh();
            long[] whole = stored.read(common);
            stored.flush(); // stored again with the tail, so that the next read needs no index
            stored.refresh();
            assertEquals(whole.length, storedPostings(c));
            assertArrayEquals(whole, stored.read(common));
        }
    }

    @Test
    void sentencesAddedWhileAListIsReadAreNotCountedTwice() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            StoredPostings stored = new StoredPostings(c);
            stored.refresh();
            add(300_000, 40); // committed by another connection after the refresh, before the list is read
            long[] read = stored.fromIndex(common);
            assertEquals(StoredPostings.MIN_POSTINGS + 540, read.length);
            stored.flush();
            stored.refresh();
            assertArrayEquals(read, stored.read(common));
        }
    }

    @Test
    void lookupsGiveTheSameMatchesWithAndWithoutStoredLists() {
        MatchQuery query = new MatchQuery(TaggedText.of("Məclis deputat komitə iclas qanun 17."), "az",
                List.of("en"), 50, 5, null, null);
        List<Match> before;
        try (SqliteMemory m = SqliteMemory.open(db, false)) {
            before = m.match(query); // reads the list from the index and stores it
        }
        assertTrue(storedWords() > 0);
        add(200_000, 30);
        try (SqliteMemory m = SqliteMemory.open(db, false)) {
            List<Match> after = m.match(query);
            assertEquals(scores(before), scores(after).subList(0, Math.min(after.size(), before.size())));
            assertEquals(before.get(0).source().text().plain(), after.get(0).source().text().plain());
        }
    }

    @Test
    void aWriterHoldingTheMemoryMakesTheStoreSkipInsteadOfWait() throws Exception {
        try (SqliteMemory writer = SqliteMemory.open(db, false); Memory.Batch b = writer.begin();
                Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            b.add(TranslationUnit.of(Variant.of("az", "Məclis yeni."), Variant.of("en", "New.")));
            StoredPostings stored = new StoredPostings(c);
            stored.refresh();
            stored.fromIndex(common);
            long t0 = System.nanoTime();
            stored.flush();
            assertTrue(System.nanoTime() - t0 < 5_000_000_000L, "flush waited for the writer");
            stored.refresh();
            assertFalse(stored.has(common));
        }
    }

    @Test
    void aMemoryOfTheFirstSchemaGetsTheTableOnOpen() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("DROP TABLE posting_list");
            s.execute("PRAGMA user_version = 1");
        }
        try (SqliteMemory m = SqliteMemory.open(db, false)) {
            assertFalse(m.match(new MatchQuery(TaggedText.of("Məclis deputat komitə iclas 5."), "az",
                    List.of("en"), 50, 3, null, null)).isEmpty());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT count(*) FROM sqlite_schema WHERE name = 'posting_list'")) {
            assertTrue(rs.next() && rs.getInt(1) == 1);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
                var rs = s.executeQuery("PRAGMA user_version")) {
            assertEquals(Schema.CURRENT, rs.getInt(1));
        }
    }

    /** The common word's list read from the index and stored, through a new StoredPostings on {@code c}. */
    private StoredPostings storedCommonList(Connection c) throws java.sql.SQLException {
        StoredPostings stored = new StoredPostings(c);
        stored.refresh();
        stored.fromIndex(common);
        stored.flush();
        return stored;
    }

    /** How many postings the stored list of the common word has. */
    private int storedPostings(Connection c) throws java.sql.SQLException {
        try (Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT postings FROM posting_list WHERE word = '" + common + "'")) {
            return rs.getInt(1);
        }
    }

    private int storedWords() {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT count(*) FROM posting_list")) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static List<Integer> scores(List<Match> matches) {
        return matches.stream().map(Match::score).toList();
    }
}
