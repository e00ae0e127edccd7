package org.presstm.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.filters.tmx.TmxFilter;
import net.sf.okapi.tm.pensieve.common.TmHit;
import net.sf.okapi.tm.pensieve.common.TranslationUnitVariant;
import net.sf.okapi.tm.pensieve.seeker.PensieveSeeker;
import net.sf.okapi.tm.pensieve.writer.PensieveWriter;
import org.apache.lucene.store.FSDirectory;

import org.presstm.tm.Match;
import org.presstm.tm.MatchQuery;
import org.presstm.tm.Scorer;
import org.presstm.tm.SqliteMemory;
import org.presstm.tm.TaggedText;
import org.presstm.tm.TmService;
import org.presstm.xml.XmlText;

/**
 * {@code presstm bench tm}: for one memory size, on generated az/en/ru press sentences ({@link PressSentences}):
 * import throughput next to Okapi's TMX filter reading the same file; fuzzy lookup latency (az to en,
 * threshold 70, 5 matches) of presstm and of Okapi's Pensieve on the same units and queries; heap and
 * disk used; and recall: the share of queries whose best match is the true best found by scoring every
 * stored sentence with presstm's scorer. Queries are stored sentences with one or two words changed or
 * dropped, or unchanged. Not thread-safe.
 */
public final class TmBenchmark {
    /**
     * The figures of one size. {@code presstmCpuMs} is the processor time of each lookup (the thread's),
     * which unlike the wall time does not grow while other processes hold the processors. Memory:
     * {@code *Heap} is the Java heap that the open memory or Pensieve index still holds after the lookups
     * (used heap after full collections, with it open, less the same before opening it);
     * {@code presstmLookupBytes} is what presstm's lookup holds by its own count (posting-list cache,
     * candidate arrays, tallies), which the heap figure should match; {@code presstmCacheCap} is the limit
     * of SQLite's page cache (outside the Java heap). Pensieve's index files are memory-mapped by Lucene
     * (their size is {@code pensieveDisk}). {@code pensieveQueries} is how many of the queries Pensieve was
     * timed on (the first ones; fewer at large sizes, where it takes seconds a lookup); its recall is over
     * those. {@code reused} says that the build figures come from the run that built the files.
     */
    public record Figures(int units, double okapiReadPerSecond, double importPerSecond, double pensieveIndexPerSecond,
            double[] presstmMs, double[] presstmCpuMs, double[] pensieveMs, long presstmHeap, long pensieveHeap,
            long presstmLookupBytes, long presstmCacheCap, long presstmDisk, long pensieveDisk, double presstmRecall,
            double pensieveRecall, int pensieveQueries, boolean reused) {
    }

    private static final int MIN = 70;
    private static final int MAX = 5;
    private final Path work;
    private final boolean fresh;

    public TmBenchmark(Path work) {
        this(work, false);
    }

    /** With {@code fresh}, files built by an earlier run in {@code work} are rebuilt rather than reused. */
    public TmBenchmark(Path work, boolean fresh) {
        this.work = work;
        this.fresh = fresh;
    }

    /** Runs one size, Pensieve on the first {@code pensieveQueries} queries only (all if as many or more). */
    public Figures run(int size, int queryCount, int pensieveQueries) {
        List<PressSentences.Triple> units = new ArrayList<>(size);
        PressSentences generator = new PressSentences(42);
        for (int i = 0; i < size; i++) {
            units.add(generator.next());
        }
        List<String> queries = queries(units, queryCount);
        Path tmx = work.resolve("bench-" + size + ".tmx");
        Path db = work.resolve("bench-" + size + ".db");
        Path index = work.resolve("pensieve-" + size);
        Path built = work.resolve("bench-" + size + ".built");
        double[] rates = fresh ? null : readRates(built);
        boolean reused = rates != null;
        if (!reused) {
            rates = build(units, tmx, db, index, built);
        } else if (!Files.isDirectory(index)) {
            List<PressSentences.Triple> all = units;
            rates[2] = size / seconds(() -> pensieveIndex(index, all)); // only the Pensieve index is missing
            writeRates(built, rates);
        }
        units = null; // only the queries are needed from here on
        long[] heap = new long[2];
        long lookupBytes;
        long cacheCap;
        int[] best = exhaustiveBest(db, queries, size);
        int[] ours = new int[queries.size()];
        double[] oursMs;
        double[] oursCpuMs = new double[queries.size()];
        long heapBefore = usedHeap();
        try (SqliteMemory memory = SqliteMemory.open(db, false)) {
            oursMs = time(queries, queries.size(), oursCpuMs,
                    i -> ours[i] = top(memory.match(query(queries.get(i)))));
            heap[0] = usedHeap() - heapBefore;
            lookupBytes = memory.lookupBytes();
            cacheCap = memory.pageCacheLimit();
        }
        int timed = Math.min(queries.size(), pensieveQueries);
        int[] theirs = new int[timed];
        double[] theirsMs = pensieve(index, queries.subList(0, timed), theirs, heap);
        return new Figures(size, rates[0], rates[1], rates[2], oursMs, oursCpuMs, theirsMs, heap[0], heap[1],
                lookupBytes, cacheCap, size(db), size(index), recall(ours, best, queries.size()),
                recall(theirs, best, timed), timed, reused);
    }

    /**
     * Import throughput alone, next to Okapi's TMX filter reading the same file, with the processor time
     * (all threads of the process, in seconds) each took: on a shared machine the wall times depend on the
     * load, the processor times much less.
     */
    public record ImportFigures(int units, double okapiReadPerSecond, double importPerSecond, double okapiCpuSeconds,
            double importCpuSeconds) {
    }

    /**
     * Writes the TMX of {@code size} units (kept from an earlier run unless fresh), then times Okapi reading
     * it and presstm importing it into a new memory, after a warm-up; builds no Pensieve index, runs no lookup.
     */
    public ImportFigures runImport(int size) {
        List<PressSentences.Triple> units = new ArrayList<>(size);
        PressSentences generator = new PressSentences(42);
        for (int i = 0; i < size; i++) {
            units.add(generator.next());
        }
        Path tmx = work.resolve("bench-" + size + ".tmx");
        Path db = work.resolve("import-" + size + ".db");
        if (fresh || !Files.exists(tmx)) {
            writeTmx(tmx, units);
        }
        warmUp(units);
        units = null;
        deleteMemory(db);
        long cpu0 = processCpuNanos();
        double okapi = size / seconds(() -> okapiRead(tmx));
        long cpu1 = processCpuNanos();
        double imported = size / seconds(() -> new TmService(db).importTmx(tmx, false, null));
        long cpu2 = processCpuNanos();
        deleteMemory(db);
        return new ImportFigures(size, okapi, imported, (cpu1 - cpu0) / 1e9, (cpu2 - cpu1) / 1e9);
    }

    /** Processor time of the whole process so far (every thread, the JIT's and the collector's too). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void deleteMemory(Path db) {
        try {
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(Path.of(db + suffix));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the TMX, imports it and indexes it in Pensieve; returns okapi read, import and index rates. */
    private double[] build(List<PressSentences.Triple> units, Path tmx, Path db, Path index, Path built) {
        int size = units.size();
        try {
            Files.deleteIfExists(built);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        deleteMemory(db);
        writeTmx(tmx, units);
        warmUp(units);
        double okapi = size / seconds(() -> okapiRead(tmx));
        double imported = size / seconds(() -> new TmService(db).importTmx(tmx, false, null));
        double pensieveIndex = size / seconds(() -> pensieveIndex(index, units));
        double[] rates = {okapi, imported, pensieveIndex};
        writeRates(built, rates);
        return rates;
    }

    /** Keeps the build figures next to the files, for runs that reuse them. */
    private static void writeRates(Path built, double[] rates) {
        try {
            Files.writeString(built, rates[0] + " " + rates[1] + " " + rates[2] + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double[] readRates(Path built) {
        try {
            if (!Files.exists(built)) {
                return null;
            }
            String[] f = Files.readString(built).trim().split(" ");
            return new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The true best score of each query, by scoring every stored sentence; kept next to the memory (keyed by
     * the queries' hash) since the full scan of a large memory takes minutes.
     */
    private int[] exhaustiveBest(Path db, List<String> queries, int size) {
        Path cache = work.resolve("bench-" + size + ".best-" + Integer.toHexString(queries.hashCode()));
        try {
            if (Files.exists(cache)) {
                String[] f = Files.readString(cache).trim().split(" ");
                if (f.length == queries.size()) {
                    return Arrays.stream(f).mapToInt(Integer::parseInt).toArray();
                }
            }
            int[] best;
            try (SqliteMemory memory = SqliteMemory.open(db, false)) {
                best = memory.exhaustiveBest(queries.stream().map(TmBenchmark::query).toList());
            }
            Files.writeString(cache, String.join(" ", Arrays.stream(best).mapToObj(String::valueOf).toList()));
            return best;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads and imports a few thousand units first, so that the JIT's start-up is not in the figures. */
    private void warmUp(List<PressSentences.Triple> units) {
        Path tmx = work.resolve("warm-up.tmx");
        Path db = work.resolve("warm-up.db");
        writeTmx(tmx, units.subList(0, Math.min(units.size(), 5_000)));
        okapiRead(tmx);
        new TmService(db).importTmx(tmx, false, null);
        try {
            for (String f : List.of("warm-up.tmx", "warm-up.db", "warm-up.db-wal", "warm-up.db-shm")) {
                Files.deleteIfExists(work.resolve(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MatchQuery query(String text) {
        return MatchQuery.of(text, "az", List.of("en"), MIN, MAX);
    }

    private static int top(List<Match> matches) {
        return matches.isEmpty() ? -1 : matches.get(0).score();
    }

    private double[] pensieve(Path index, List<String> queries, int[] theirs, long[] heap) {
        Scorer scorer = new Scorer();
        long heapBefore = usedHeap();
        try (PensieveSeeker seeker = new PensieveSeeker(FSDirectory.open(index))) {
            // a full warm-up round only where lookups take milliseconds; else the first one
            int warmUp = queries.size() >= 200 ? queries.size() : 1;
            double[] ms = time(queries, warmUp, new double[queries.size()], i -> {
                List<TmHit> hits = seeker.searchFuzzy(new TextFragment(queries.get(i)), MIN, MAX, null);
                theirs[i] = hits.isEmpty() ? -1 : rescore(scorer, queries.get(i), hits.get(0));
            });
            heap[1] = usedHeap() - heapBefore;
            return ms;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Pensieve's top hit scored by presstm's scorer, so that both are judged by the same measure. */
    private static int rescore(Scorer scorer, String query, TmHit hit) {
        String stored = hit.getTu().getSource().getContent().getText();
        int s = scorer.score(scorer.prepare(TaggedText.of(query), "az"), scorer.prepare(TaggedText.of(stored), "az"));
        return s >= MIN ? s : -1;
    }

    /** The share of the first {@code count} queries whose top score is the true best. */
    private static double recall(int[] found, int[] best, int count) {
        int same = 0;
        for (int i = 0; i < count; i++) {
            if (found[i] == best[i]) {
                same++;
            }
        }
        return count == 0 ? Double.NaN : (double) same / count;
    }

    private interface Lookup {
        void run(int i);
    }

    /**
     * Milliseconds per query, after a warm-up round over the first {@code warmUp} of them; the thread's
     * processor time of each goes to {@code cpuMs}.
     */
    private static double[] time(List<String> queries, int warmUp, double[] cpuMs, Lookup lookup) {
        for (int i = 0; i < warmUp; i++) {
            lookup.run(i);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] ms = new double[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            lookup.run(i);
            ms[i] = (System.nanoTime() - t0) / 1e6;
            cpuMs[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        return ms;
    }

    public static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    /** Stored sentences, some unchanged, most with one or two words replaced or dropped. */
    static List<String> queries(List<PressSentences.Triple> units, int count) {
        Random r = new Random(7);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> words = new ArrayList<>(List.of(units.get(r.nextInt(units.size())).az().split(" ")));
            int kind = r.nextInt(20);
            for (int edit = 0; edit < (kind < 3 ? 0 : kind < 14 ? 1 : 2); edit++) {
                int at = r.nextInt(words.size());
                if (r.nextBoolean() && words.size() > 4) {
                    words.remove(at);
                } else {
                    String[] other = units.get(r.nextInt(units.size())).az().split(" ");
                    words.set(at, other[r.nextInt(other.length)]);
                }
            }
            out.add(String.join(" ", words));
        }
        return out;
    }

    private static void writeTmx(Path file, List<PressSentences.Triple> units) {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header creationtool=\"presstm-bench\""
                    + " creationtoolversion=\"1\" datatype=\"plaintext\" segtype=\"sentence\" adminlang=\"en\""
                    + " srclang=\"az\" o-tmf=\"presstm\"/><body>\n");
            int n = 0;
            for (PressSentences.Triple t : units) {
                w.write("<tu tuid=\"b" + (++n) + "\" creationdate=\"20260312T101500Z\"><prop type=\"x-release\">bench</prop>"
                        + "<tuv xml:lang=\"az\"><seg>" + XmlText.escape(t.az()) + "</seg></tuv><tuv xml:lang=\"en\"><seg>"
                        + XmlText.escape(t.en()) + "</seg></tuv><tuv xml:lang=\"ru\"><seg>" + XmlText.escape(t.ru())
                        + "</seg></tuv></tu>\n");
            }
            w.write("</body></tmx>\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void okapiRead(Path tmx) {
        LocaleId az = LocaleId.fromBCP47("az");
        try (TmxFilter f = new TmxFilter(); RawDocument rd = new RawDocument(tmx.toUri(), "UTF-8", az,
                LocaleId.fromBCP47("en"))) {
            f.open(rd);
            while (f.hasNext()) {
                Event e = f.next();
                if (e.isTextUnit()) {
                    e.getTextUnit().getSource();
                }
            }
        }
    }

    private static void pensieveIndex(Path dir, List<PressSentences.Triple> units) {
        LocaleId az = LocaleId.fromBCP47("az");
        LocaleId en = LocaleId.fromBCP47("en");
        try (FSDirectory directory = FSDirectory.open(dir)) {
            PensieveWriter w = new PensieveWriter(directory, true);
            try {
                for (PressSentences.Triple t : units) {
                    w.indexTranslationUnit(new net.sf.okapi.tm.pensieve.common.TranslationUnit(
                            new TranslationUnitVariant(az, new TextFragment(t.az())),
                            new TranslationUnitVariant(en, new TextFragment(t.en()))));
                }
                w.commit();
            } finally {
                w.close(); // PensieveWriter is not AutoCloseable
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double seconds(Runnable work) {
        long t0 = System.nanoTime();
        work.run();
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Used heap after full collections (repeated until it stops shrinking, as one may leave garbage). */
    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            long now = rt.totalMemory() - rt.freeMemory();
            if (now >= used) {
                return Math.min(now, used);
            }
            used = now;
        }
        return used;
    }

    private static long size(Path p) {
        try (Stream<Path> files = Files.walk(p)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
