package org.presstm.tm;

import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The posting lists of common words, kept compact beside the FTS5 index (table {@code posting_list}), so
 * that a freshly opened memory reads them fast. Through sqlite-jdbc, FTS5 hands over a list one row at a
 * time, two native calls per posting (about 0.15 µs each posting, against 0.03 µs for SQLite itself to count
 * them): a word held by 600,000 sentences of a million-unit memory costs 100 ms in every new process. Stored
 * here as one blob of delta-encoded varints (about two bytes a posting) it is read and decoded in a few.
 * <p>
 * Exact because the index is append-only: a variant is never deleted or re-indexed and new variants get
 * higher ids, hence higher FTS rowids. A list stored when the highest variant id was {@code upto} holds every
 * posting up to it; with the index's postings after it (FTS5 seeks to a rowid) it is the word's whole list,
 * and while no variant was added since, it is the whole list alone. A list whose tail has grown long is
 * stored again.
 * Whatever one day deletes variants must empty this table in the same transaction.
 * <p>
 * Lists are stored lazily, by the lookups that read them ({@link #remember}, then {@link #flush} once per
 * lookup): an import pays nothing for it. A flush that would wait for another writer, or finds the file
 * read-only, or a connection inside a batch, stores nothing: this is a cache, and the lookup stays right
 * without it. Not thread-safe: one per connection.
 */
final class StoredPostings {
    /** Lists shorter than this are read from FTS5 in under half a millisecond: not worth a row. */
    static final int MIN_POSTINGS = 2048;
    /**
     * A stored list is written again, with its tail, once the tail is this long: a short tail costs FTS5
     * under a millisecond to give, rewriting a long list after every small import would cost more.
     */
    static final int STALE_TAIL = 1024;

    private final Connection connection;
    /** Lists to store, each with the highest variant id it is known to cover. */
    private final Map<String, Pending> pending = new LinkedHashMap<>();
    private PreparedStatement select;
    private PreparedStatement tail;
    private Set<String> words;
    /** The highest variant id when the lists of this generation began to be read (see {@link #refresh}). */
    private long latest;
    private boolean writable = true;

    private record Pending(long[] list, long upto) {
    }

    StoredPostings(Connection connection) {
        this.connection = connection;
    }

    /**
     * Reads which words have a stored list and the highest variant id: again whenever the memory may have
     * changed, before any list is read (so that a list read later holds at least every variant up to it).
     */
    void refresh() throws SQLException {
        words = new HashSet<>();
        try (Statement s = connection.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT coalesce(max(id), 0) FROM variant")) {
                latest = rs.next() ? rs.getLong(1) : 0;
            }
            try (ResultSet rs = s.executeQuery("SELECT word FROM posting_list")) {
                while (rs.next()) {
                    words.add(rs.getString(1));
                }
            }
        }
    }

    /** True if a list of this word is stored (as of the last {@link #refresh}). */
    boolean has(String word) {
        return words != null && words.contains(word);
    }

    /** The word's whole list (FTS rowids, ascending): the stored part and the index's postings after it. */
    long[] read(String word) throws SQLException {
        if (select == null) {
            select = connection.prepareStatement("SELECT upto, data FROM posting_list WHERE word = ?");
        }
        select.setString(1, word);
        long upto;
        long[] stored;
        try (ResultSet rs = select.executeQuery()) {
            if (!rs.next()) {
                return fromIndex(word);
            }
            upto = rs.getLong(1);
            stored = decode(rs.getBytes(2));
        }
        if (upto >= latest) {
            return stored;
        }
        long[] after = postings(word, CandidateIndex.rowid(upto, CandidateIndex.MAX_LENGTH));
        // a list may hold postings beyond its upto (added while it was read): they are not taken twice
        long last = stored.length == 0 ? -1 : stored[stored.length - 1];
        int skip = 0;
        while (skip < after.length && after[skip] <= last) {
            skip++;
        }
        long[] whole = Arrays.copyOf(stored, stored.length + after.length - skip);
        System.arraycopy(after, skip, whole, stored.length, after.length - skip);
        if (after.length - skip >= STALE_TAIL) {
            pending.put(word, new Pending(whole, latest));
        }
        return whole;
    }

    /** The word's whole list from the FTS5 index; a long one is stored at the next {@link #flush}. */
    long[] fromIndex(String word) throws SQLException {
        long[] list = postings(word, -1);
        if (list.length >= MIN_POSTINGS) {
            pending.put(word, new Pending(list, latest));
        }
        return list;
    }

    /** The word's postings in the FTS5 index with a rowid above {@code after}. */
    private long[] postings(String word, long after) throws SQLException {
        if (tail == null) {
            tail = connection.prepareStatement(
                    "SELECT rowid FROM variant_words WHERE variant_words MATCH ? AND rowid > ?");
        }
        long[] buffer = new long[1024];
        int n = 0;
        tail.setString(1, word);
        tail.setLong(2, after);
        try (ResultSet rs = tail.executeQuery()) {
            while (rs.next()) {
                if (n == buffer.length) {
                    buffer = Arrays.copyOf(buffer, n * 2);
                }
                buffer[n++] = rs.getLong(1);
            }
        }
        return Arrays.copyOf(buffer, n);
    }

    /**
     * Writes the lists read from the index since the last flush, in one transaction, if that can be done
     * at once: never inside a batch, never waiting for another writer, not on a read-only file.
     */
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        try {
            if (writable && words != null && connection.getAutoCommit()) {
                write();
            }
        } catch (SQLException e) {
            // busy or read-only: the lists are read from the index again next time
            writable = !String.valueOf(e.getMessage()).contains("READONLY");
        } finally {
            pending.clear();
        }
    }

    private void write() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA busy_timeout = 0");
            try {
                s.execute("BEGIN IMMEDIATE"); // fails at once while another writer holds the memory
                try (PreparedStatement p = connection.prepareStatement(
                        "INSERT OR REPLACE INTO posting_list (word, upto, postings, data) VALUES (?, ?, ?, ?)")) {
                    for (Map.Entry<String, Pending> e : pending.entrySet()) {
                        long[] list = e.getValue().list();
                        p.setString(1, e.getKey());
                        p.setLong(2, e.getValue().upto());
                        p.setInt(3, list.length);
                        p.setBytes(4, encode(list));
                        p.executeUpdate();
                    }
                    s.execute("COMMIT");
                } catch (SQLException e) {
                    s.execute("ROLLBACK");
                    throw e;
                }
                if (words != null) {
                    words.addAll(pending.keySet());
                }
            } finally {
                s.execute("PRAGMA busy_timeout = " + SqliteMemory.BUSY_TIMEOUT_MS);
            }
        }
    }

    void close() throws SQLException {
        for (PreparedStatement p : new PreparedStatement[] {select, tail}) {
            if (p != null) {
                p.close();
            }
        }
        select = null;
        tail = null;
    }

    /** Ascending rowids as varints of their differences (LEB128, seven bits a byte). */
    static byte[] encode(long[] list) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(list.length * 2 + 8);
        long previous = 0;
        for (long rowid : list) {
            long delta = rowid - previous;
            previous = rowid;
            while ((delta & ~0x7FL) != 0) {
                out.write((int) (delta & 0x7F) | 0x80);
                delta >>>= 7;
            }
            out.write((int) delta);
        }
        return out.toByteArray();
    }

    static long[] decode(byte[] data) {
        long[] out = new long[Math.max(16, data.length / 2)];
        int n = 0;
        long previous = 0;
        for (int i = 0; i < data.length; ) {
            long delta = 0;
            int shift = 0;
            byte b;
            do {
                b = data[i++];
                delta |= (long) (b & 0x7F) << shift;
                shift += 7;
            } while (b < 0);
            previous += delta;
            if (n == out.length) {
                out = Arrays.copyOf(out, n * 2);
            }
            out[n++] = previous;
        }
        return Arrays.copyOf(out, n);
    }
}
