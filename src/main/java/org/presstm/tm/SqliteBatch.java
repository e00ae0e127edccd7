package org.presstm.tm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * One write transaction of a {@link SqliteMemory}, begun IMMEDIATE so that a second writer waits for the
 * lock instead of failing half-way. Ids are handed out here (the lock makes that safe). A unit whose
 * texts are all identical to a stored unit's (same {@link KeyedUnit#fingerprint}) is merged into it:
 * notes and props are united, dates and usage count take the later or larger value. Not thread-safe.
 */
final class SqliteBatch implements Memory.Batch {
    private final Connection c;
    private final RowInsert insertUnit;
    private final RowInsert insertVariant;
    private final PreparedStatement insertWords;
    private final Map<String, int[]> wordCounts = new HashMap<>();
    private final Map<String, int[]> languageCounts = new HashMap<>();
    private long nextUnit;
    private long nextVariant;
    private boolean done;

    /** Bulk-write settings for the length of a batch (outside any transaction), and their usual values. */
    private static final String[] BULK = {"PRAGMA cache_size = -262144", "PRAGMA temp_store = MEMORY"};
    private static final String[] USUAL = {"PRAGMA cache_size = -65536", "PRAGMA temp_store = DEFAULT"};
    /**
     * FTS5 keeps new postings in memory and writes them out as a segment when they pass its hash size
     * (1 MB by default), merging segments as it goes. A batch lets them grow to {@link #FTS_BULK_HASH}
     * (fewer segments to write and merge; measured at 1M units, 4-16 MB took the least processor time,
     * 64 MB and more took more, the hash no longer fitting the caches) and puts the default back before its
     * commit; the setting is stored in the index, so a rolled-back batch leaves it as it was.
     */
    private static final String FTS_HASH_SIZE =
            "INSERT INTO variant_words (variant_words, rank) VALUES ('hashsize', %d)";
    private static final int FTS_BULK_HASH = 16 << 20;
    private static final int FTS_DEFAULT_HASH = 1 << 20;

    SqliteBatch(Connection c) throws SQLException {
        this.c = c;
        pragmas(c, BULK);
        c.setAutoCommit(false);
        pragmas(c, new String[] {String.format(FTS_HASH_SIZE, FTS_BULK_HASH)});
        nextUnit = max("unit") + 1;
        nextVariant = max("variant") + 1;
        insertUnit = new RowInsert(c, "unit", List.of("id", "fingerprint", "tuid", "release", "creation_date",
                "creation_id", "change_date", "change_id", "usage_count", "props", "notes"),
                " ON CONFLICT(fingerprint) DO NOTHING");
        insertVariant = new RowInsert(c, "variant", List.of("id", "unit_id", "lang", "lang_key", "text", "codes",
                "words", "creation_date", "creation_id", "change_date", "change_id", "usage_count", "props",
                "notes"), "");
        insertWords = c.prepareStatement("INSERT INTO variant_words (rowid, words) VALUES (?, ?)");
    }

    @Override
    public Memory.Outcome add(TranslationUnit unit) {
        return add(KeyedUnit.of(unit));
    }

    @Override
    public Memory.Outcome add(KeyedUnit keyed) {
        try {
            TranslationUnit unit = keyed.unit();
            long fingerprint = keyed.fingerprint();
            long id = nextUnit;
            Provenance p = unit.provenance();
            if (insertUnit.insert(id, fingerprint, unit.tuid(), unit.release(), p.creationDate(), p.creationId(),
                    p.changeDate(), p.changeId(), p.usageCount(), Codec.props(unit.props()),
                    Codec.notes(unit.notes())) == 0) {
                merge(fingerprint, unit);
                return Memory.Outcome.MERGED;
            }
            nextUnit++;
            addVariants(id, unit.variants(), keyed.variants());
            return Memory.Outcome.ADDED;
        } catch (SQLException e) {
            throw SqliteMemory.failure("cannot add a unit", e);
        }
    }

    private void addVariants(long unitId, List<Variant> variants, List<KeyedUnit.KeyedVariant> keyed)
            throws SQLException {
        for (int i = 0; i < variants.size(); i++) {
            Variant v = variants.get(i);
            KeyedUnit.KeyedVariant kv = keyed.get(i);
            long id = nextVariant++;
            Provenance p = v.provenance();
            insertVariant.insert(id, unitId, v.lang(), kv.langKey(), v.text().coded(), kv.codes(), kv.words(),
                    p.creationDate(), p.creationId(), p.changeDate(), p.changeId(), p.usageCount(),
                    Codec.props(v.props()), Codec.notes(v.notes()));
            CandidateIndex.add(insertWords, id, kv, wordCounts);
            languageCounts.computeIfAbsent(kv.langKey(), k -> new int[1])[0]++;
        }
    }

    private static void bind(PreparedStatement p, int at, Provenance pr, List<Prop> props, List<String> notes)
            throws SQLException {
        p.setString(at, pr.creationDate());
        p.setString(at + 1, pr.creationId());
        p.setString(at + 2, pr.changeDate());
        p.setString(at + 3, pr.changeId());
        p.setInt(at + 4, pr.usageCount());
        p.setString(at + 5, Codec.props(props));
        p.setString(at + 6, Codec.notes(notes));
    }

    private void merge(long fingerprint, TranslationUnit unit) throws SQLException {
        long id;
        TranslationUnit stored;
        try (PreparedStatement p = c.prepareStatement("SELECT id FROM unit WHERE fingerprint = ?")) {
            p.setLong(1, fingerprint);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        stored = UnitRows.units(c, List.of(id)).get(id);
        Provenance a = stored.provenance();
        Provenance b = unit.provenance();
        boolean newer = b.changeDate() != null
                && (a.changeDate() == null || b.changeDate().compareTo(a.changeDate()) > 0);
        Provenance merged = new Provenance(earlier(a.creationDate(), b.creationDate()),
                a.creationId() != null ? a.creationId() : b.creationId(), newer ? b.changeDate() : a.changeDate(),
                newer ? b.changeId() : a.changeId(), Math.max(a.usageCount(), b.usageCount()));
        try (PreparedStatement p = c.prepareStatement("UPDATE unit SET creation_date = ?, creation_id = ?,"
                + " change_date = ?, change_id = ?, usage_count = ?, props = ?, notes = ?,"
                + " release = coalesce(release, ?) WHERE id = ?")) {
            bind(p, 1, merged, union(stored.props(), unit.props()), union(stored.notes(), unit.notes()));
            p.setString(8, unit.release());
            p.setLong(9, id);
            p.executeUpdate();
        }
    }

    private static <T> List<T> union(List<T> a, List<T> b) {
        LinkedHashSet<T> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private static String earlier(String a, String b) {
        return a == null ? b : b == null || a.compareTo(b) <= 0 ? a : b;
    }

    @Override
    public void commit() {
        try {
            CandidateIndex.flush(c, wordCounts, languageCounts);
            pragmas(c, new String[] {String.format(FTS_HASH_SIZE, FTS_DEFAULT_HASH)});
            c.commit();
            done = true;
        } catch (SQLException e) {
            throw SqliteMemory.failure("cannot commit", e);
        } finally {
            close();
        }
    }

    @Override
    public void close() {
        try {
            insertUnit.close();
            insertVariant.close();
            insertWords.close();
            if (!done) {
                c.rollback();
                done = true;
            }
            c.setAutoCommit(true);
            pragmas(c, USUAL);
        } catch (SQLException e) {
            throw SqliteMemory.failure("cannot end the transaction", e);
        }
    }

    private static void pragmas(Connection c, String[] pragmas) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String p : pragmas) {
                s.execute(p);
            }
        }
    }

    private long max(String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT max(id) FROM " + table)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
