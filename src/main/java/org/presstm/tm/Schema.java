package org.presstm.tm;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.presstm.InvalidInputException;

/**
 * The memory's tables and their versions. {@code PRAGMA application_id} marks a presstm memory and
 * {@code PRAGMA user_version} is the schema version: an older memory is migrated step by step on open, a
 * newer one is refused. The variant text is indexed in an FTS5 table of words (see {@link CandidateIndex}); the
 * long posting lists of that index are also kept compact in {@code posting_list} ({@link StoredPostings}),
 * which relies on variants never being deleted or re-indexed.
 */
final class Schema {
    /** "PTM1" as a 32-bit integer. */
    static final int APPLICATION_ID = 0x50544D31;
    static final int CURRENT = 2;

    /** MIGRATIONS.get(v) takes a memory from version v to v + 1. */
    private static final List<List<String>> MIGRATIONS = List.of(List.of(
            "CREATE TABLE unit (id INTEGER PRIMARY KEY, fingerprint INTEGER NOT NULL UNIQUE, tuid TEXT,"
                    + " release TEXT, creation_date TEXT, creation_id TEXT, change_date TEXT, change_id TEXT,"
                    + " usage_count INTEGER NOT NULL DEFAULT 0, props TEXT NOT NULL, notes TEXT NOT NULL)",
            "CREATE TABLE variant (id INTEGER PRIMARY KEY,"
                    + " unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,"
                    + " lang TEXT NOT NULL, lang_key TEXT NOT NULL, text TEXT NOT NULL, codes TEXT NOT NULL,"
                    + " words INTEGER NOT NULL, creation_date TEXT, creation_id TEXT, change_date TEXT,"
                    + " change_id TEXT, usage_count INTEGER NOT NULL DEFAULT 0, props TEXT NOT NULL,"
                    + " notes TEXT NOT NULL)",
            "CREATE INDEX variant_by_unit ON variant(unit_id)",
            "CREATE TABLE language (lang_key TEXT PRIMARY KEY, variants INTEGER NOT NULL) WITHOUT ROWID",
            "CREATE TABLE word_count (word TEXT PRIMARY KEY, variants INTEGER NOT NULL) WITHOUT ROWID",
            // columnsize=0: no table of each row's size, which only FTS5's ranking functions read (we rank
            // ourselves); a tenth less writing at import and 30 MB less a million units. Memories made before
            // have that table, which nothing reads: both are the same schema version.
            "CREATE VIRTUAL TABLE variant_words USING fts5(words, content='', detail=none, columnsize=0,"
                    + " tokenize=\"unicode61 remove_diacritics 0 tokenchars '_'\")"),
            // 1 -> 2: common words' posting lists, compact (see StoredPostings)
            List.of("CREATE TABLE posting_list (word TEXT PRIMARY KEY, upto INTEGER NOT NULL,"
                    + " postings INTEGER NOT NULL, data BLOB NOT NULL)"));

    private Schema() {
    }

    /** Brings a new or older memory to {@link #CURRENT}, or refuses a file that is not one we can use. */
    static void prepare(Connection c, Path file) throws SQLException {
        if (pragma(c, "application_id") == APPLICATION_ID && pragma(c, "user_version") == CURRENT) {
            return;
        }
        // the authoritative check runs under the write lock: another process may be creating or migrating
        // this very file, and two reads outside a transaction could see its state half before, half after
        try (Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            int version = check(c, file);
            for (int v = version; v < CURRENT; v++) {
                for (String sql : MIGRATIONS.get(v)) {
                    s.execute(sql);
                }
            }
            s.execute("PRAGMA application_id = " + APPLICATION_ID);
            s.execute("PRAGMA user_version = " + CURRENT);
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static int check(Connection c, Path file) throws SQLException {
        int app = pragma(c, "application_id");
        int version = pragma(c, "user_version");
        if (app == 0 && version == 0 && !hasTables(c)) {
            return 0;
        }
        if (app != APPLICATION_ID) {
            throw new InvalidInputException(file, 0, "not a presstm memory (an SQLite database of another program)");
        }
        if (version > CURRENT) {
            throw new InvalidInputException(file, 0, "memory has schema version " + version
                    + ", written by a newer presstm; this presstm reads up to version " + CURRENT + ": upgrade presstm");
        }
        return version;
    }

    private static int pragma(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static boolean hasTables(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_schema")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }
}
