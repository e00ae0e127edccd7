package org.presstm.tm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.sqlite.SQLiteConfig;

import org.presstm.InvalidInputException;
import org.presstm.PresstmException;

/**
 * The memory in one SQLite file (sqlite-jdbc): WAL journal so readers never wait for a writer, foreign
 * keys on, a busy timeout so that a second writer waits for the first, schema versioned by
 * {@link Schema}. Not thread-safe: one instance per thread; any number of instances and processes may
 * open the same file.
 */
public final class SqliteMemory implements Memory {
    /** How long a writer waits for another to finish: long enough for a big import. */
    static final int BUSY_TIMEOUT_MS = 10 * 60 * 1000;
    /** Threads at most for {@link #matchAll}, and the fewest queries worth one more. */
    static final int LOOKUP_THREADS = 4;
    static final int QUERIES_PER_THREAD = 4;

    static {
        SqliteNativeLibrary.useCachedCopy();
    }

    private final Path file;
    private final Connection connection;
    private final Scorer scorer = new Scorer();
    private FuzzyLookup lookup;

    private SqliteMemory(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens a memory; with {@code create}, a missing file becomes a new, empty memory. */
    public static SqliteMemory open(Path file, boolean create) {
        if (!Files.exists(file) && !create) {
            throw new InvalidInputException(file, 0, "no memory here (import a TMX file first, or give --tm)");
        }
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(file, 0, "is a directory, not a memory file");
        }
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
        } catch (IOException e) {
            throw new PresstmException("cannot create the folder of " + file + ": " + e.getMessage(), e);
        }
        Connection c = null;
        try {
            c = config().createConnection("jdbc:sqlite:" + file);
            Schema.prepare(c, file);
            return new SqliteMemory(file, c);
        } catch (SQLException e) {
            closeQuietly(c, e);
            if (e.getMessage() != null && e.getMessage().contains("SQLITE_NOTADB")) {
                throw new InvalidInputException(file, 0, "not a presstm memory (not an SQLite database)", e);
            }
            throw failure("cannot open memory " + file, e);
        } catch (RuntimeException e) {
            closeQuietly(c, e);
            throw e;
        }
    }

    private static SQLiteConfig config() {
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setJournalMode(SQLiteConfig.JournalMode.WAL);
        cfg.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        cfg.setBusyTimeout(BUSY_TIMEOUT_MS);
        cfg.enforceForeignKeys(true);
        cfg.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        cfg.setCacheSize(-64 * 1024);
        // sqlite-jdbc otherwise runs "SELECT last_insert_rowid()" after every INSERT (a new statement each
        // time): half the cost of an import. Ids are assigned by presstm, never read back.
        cfg.setGetGeneratedKeys(false);
        return cfg;
    }

    public Path file() {
        return file;
    }

    @Override
    public Batch begin() {
        try {
            forgetLookup();
            Batch batch = new SqliteBatch(connection);
            return new Batch() { // the lookup's cached posting lists must not outlive a write on this connection
                @Override
                public Outcome add(TranslationUnit unit) {
                    return batch.add(unit);
                }

                @Override
                public Outcome add(KeyedUnit unit) {
                    return batch.add(unit);
                }

                @Override
                public void commit() {
                    try {
                        batch.commit();
                    } finally {
                        forgetLookup();
                    }
                }

                @Override
                public void close() {
                    try {
                        batch.close();
                    } finally {
                        forgetLookup();
                    }
                }
            };
        } catch (SQLException e) {
            throw failure("cannot start writing to " + file, e);
        }
    }

    @Override
    public List<Match> match(MatchQuery query) {
        return match(query, true);
    }

    private List<Match> match(MatchQuery query, boolean store) {
        try {
            if (lookup == null) {
                lookup = new FuzzyLookup(connection, scorer);
            }
            return lookup.match(query, store);
        } catch (SQLException e) {
            throw failure("cannot look up in " + file, e);
        }
    }

    private void storeLists() {
        if (lookup != null) {
            lookup.storeLists();
        }
    }

    /**
     * The queries shared among up to {@link #LOOKUP_THREADS} threads (this one and helpers, each with its own
     * connection to the file, taking the next query as it is free): a release's lookups take about half the
     * time on two cores. Few queries stay on this thread, where opening a connection costs more than it saves.
     */
    @Override
    public List<List<Match>> matchAll(List<MatchQuery> queries) {
        int threads = Math.min(LOOKUP_THREADS, Math.min(Runtime.getRuntime().availableProcessors(),
                queries.size() / QUERIES_PER_THREAD));
        if (threads <= 1) {
            return Memory.super.matchAll(queries);
        }
        List<List<Match>> out = new ArrayList<>(Collections.nCopies(queries.size(), List.of()));
        AtomicInteger next = new AtomicInteger();
        // lists are stored once all queries are done: a write from one thread's connection would make the
        // others drop the lists they hold
        Consumer<SqliteMemory> worker = m -> {
            for (int i = next.getAndIncrement(); i < queries.size(); i = next.getAndIncrement()) {
                out.set(i, m.match(queries.get(i), false));
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(threads - 1,
                r -> {
                    Thread t = new Thread(r, "presstm-lookup");
                    t.setDaemon(true);
                    return t;
                });
        try {
            List<Future<?>> helpers = new ArrayList<>();
            for (int i = 1; i < threads; i++) {
                helpers.add(pool.submit(() -> {
                    try (SqliteMemory other = open(file, false)) {
                        worker.accept(other);
                        other.storeLists();
                    }
                }));
            }
            worker.accept(this);
            for (Future<?> f : helpers) {
                f.get();
            }
            storeLists();
            return out;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new PresstmException("cannot look up in " + file + ": " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PresstmException("interrupted while looking up in " + file, e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The best score any stored sentence reaches for each query, by scoring every one (for benchmarks). */
    public int[] exhaustiveBest(List<MatchQuery> queries) {
        try {
            return new FuzzyLookup(connection, scorer).exhaustiveBest(queries);
        } catch (SQLException e) {
            throw failure("cannot scan " + file, e);
        }
    }

    /**
     * The bytes the fuzzy lookup keeps in the Java heap between lookups: cached posting lists, candidate
     * arrays and tallies, counted from their sizes (for benchmarks; SQLite's page cache is apart).
     */
    public long lookupBytes() {
        return lookup == null ? 0 : lookup.bytesHeld();
    }

    /** SQLite's page-cache limit for this connection, in bytes (for benchmarks). */
    public long pageCacheLimit() {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA cache_size")) {
            long v = rs.next() ? rs.getLong(1) : 0;
            if (v < 0) {
                return -v * 1024;
            }
            try (ResultSet ps = s.executeQuery("PRAGMA page_size")) {
                return v * (ps.next() ? ps.getLong(1) : 4096);
            }
        } catch (SQLException e) {
            throw failure("cannot read the settings of " + file, e);
        }
    }

    @Override
    public List<ConcordanceHit> search(String text, String langKey, int max) {
        try {
            return new Concordance(connection).search(text, langKey, max);
        } catch (SQLException e) {
            throw failure("cannot search " + file, e);
        }
    }

    @Override
    public void forEach(List<String> langKeys, String since, Consumer<TranslationUnit> sink) {
        String where = since == null ? "" : " WHERE coalesce(u.change_date, u.creation_date) >= ?";
        String sql = "SELECT " + UnitRows.UNIT_COLUMNS + ", " + UnitRows.VARIANT_COLUMNS
                + " FROM unit u JOIN variant v ON v.unit_id = u.id" + where + " ORDER BY u.id, v.id";
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            if (since != null) {
                p.setString(1, since);
            }
            try (ResultSet rs = p.executeQuery()) {
                emit(rs, langKeys, sink);
            }
        } catch (SQLException e) {
            throw failure("cannot read " + file, e);
        }
    }

    private static void emit(ResultSet rs, List<String> langKeys, Consumer<TranslationUnit> sink)
            throws SQLException {
        boolean more = rs.next();
        while (more) {
            long id = rs.getLong(1);
            List<Variant> variants = new ArrayList<>();
            TranslationUnit head = null;
            while (more && rs.getLong(1) == id) {
                Variant v = UnitRows.variant(rs, 10);
                if (langKeys.isEmpty() || langKeys.contains(v.langKey())) {
                    variants.add(v);
                }
                if (head == null) {
                    head = UnitRows.unit(rs, 1, List.of(v));
                }
                more = rs.next();
            }
            if (!variants.isEmpty()) {
                sink.accept(new TranslationUnit(head.tuid(), head.release(), head.provenance(), head.props(),
                        head.notes(), variants));
            }
        }
    }

    @Override
    public MemoryStats stats() {
        try (Statement s = connection.createStatement()) {
            long units;
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM unit")) {
                units = rs.next() ? rs.getLong(1) : 0;
            }
            Map<String, Long> languages = new TreeMap<>();
            try (ResultSet rs = s.executeQuery("SELECT lang_key, variants FROM language")) {
                while (rs.next()) {
                    languages.put(rs.getString(1), rs.getLong(2));
                }
            }
            Map<String, Long> pairs = new TreeMap<>();
            try (ResultSet rs = s.executeQuery("SELECT a.lang_key, b.lang_key, count(DISTINCT a.unit_id)"
                    + " FROM variant a JOIN variant b ON a.unit_id = b.unit_id AND a.lang_key < b.lang_key"
                    + " GROUP BY a.lang_key, b.lang_key")) {
                while (rs.next()) {
                    pairs.put(rs.getString(1) + "-" + rs.getString(2), rs.getLong(3));
                }
            }
            return new MemoryStats(units, languages, pairs, size(file) + size(Path.of(file + "-wal")));
        } catch (SQLException e) {
            throw failure("cannot read " + file, e);
        }
    }

    private static long size(Path p) {
        try {
            return Files.exists(p) ? Files.size(p) : 0;
        } catch (IOException e) {
            throw new PresstmException("cannot read the size of " + p + ": " + e.getMessage(), e);
        }
    }

    private void forgetLookup() {
        if (lookup != null) {
            try {
                lookup.close();
            } catch (SQLException e) {
                throw failure("cannot close the lookup of " + file, e);
            } finally {
                lookup = null;
            }
        }
    }

    @Override
    public void close() {
        try {
            forgetLookup();
            connection.close();
        } catch (SQLException e) {
            throw failure("cannot close " + file, e);
        }
    }

    static PresstmException failure(String what, SQLException e) {
        return new PresstmException(what + ": " + e.getMessage(), e);
    }

    private static void closeQuietly(Connection c, Exception cause) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    static String idList(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
