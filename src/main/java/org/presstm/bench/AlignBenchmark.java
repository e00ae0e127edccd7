package org.presstm.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.presstm.align.AlignText;
import org.presstm.align.Aligner;
import org.presstm.align.Archive;
import org.presstm.align.ReleaseAligner;
import org.presstm.align.ThreeWayJoin;
import org.presstm.lang.Language;
import org.presstm.segment.Segmenters;

/**
 * {@code presstm bench align}: sentences per second for an archive of releases (the bundled release
 * repeated), models loaded once: on one thread and after a warm-up as long as the run (so that the figure
 * is the code's, not the JIT compiler's), the alignment of one pair of presegmented versions, the three-way
 * join, and the whole of {@code presstm align} short of writing (segment three versions, align, join); then
 * the archive as {@code presstm align DIR} aligns it, release folders read from disk, on one thread and on
 * every core. Each figure has its wall time and the CPU time of the process (all threads, the compiler's
 * and the collector's included), so that a figure taken on a busy machine can still be read, and the heap
 * in use after the run. A cold start (JVM, models, compilation) is not in these figures: time
 * {@code presstm align DIR} for that.
 */
public final class AlignBenchmark {
    /**
     * One measured figure; {@code sentences} counts the sentences of both (or all three) sides.
     *
     * @param cpuSeconds CPU time of the whole process during the run
     */
    public record Figure(String what, long sentences, double seconds, double cpuSeconds, long heapMb) {
        public double perSecond() {
            return sentences / seconds;
        }

        public double perCpuSecond() {
            return sentences / cpuSeconds;
        }
    }

    public List<Figure> run(Map<Language, String> release, int releases) {
        Segmenters segmenters = new Segmenters();
        Aligner aligner = new Aligner();
        ReleaseAligner whole = new ReleaseAligner(segmenters, aligner);
        Map<Language, AlignText> segmented = whole.align("bench", release).versions();
        ThreeWayJoin join = new ThreeWayJoin(aligner);
        int pairSentences = segmented.get(Language.AZ).size() + segmented.get(Language.EN).size();
        int all = segmented.values().stream().mapToInt(AlignText::size).sum();
        Figure pair = time("align az-en (presegmented)", (long) releases * pairSentences, releases, true,
                () -> aligner.align(segmented.get(Language.AZ), segmented.get(Language.EN)));
        Figure three = time("three-way az-en-ru (presegmented)", (long) releases * all, releases, true,
                () -> join.join(segmented));
        Figure end = time("presstm align (segment + three-way)", (long) releases * all, releases, true,
                () -> whole.align("bench", new EnumMap<>(release)));
        int cores = Runtime.getRuntime().availableProcessors();
        Path dir = archive(release, releases);
        try {
            List<Path> folders = Archive.folders(dir);
            Figure one = time("archive folders, 1 thread", (long) releases * all, 1, false,
                    () -> new Archive(() -> new ReleaseAligner(segmenters, aligner), false, 1)
                            .alignAll(folders, (done, total, name) -> { }));
            Figure many = time("archive folders, " + cores + " threads", (long) releases * all, 1, false,
                    () -> new Archive(() -> new ReleaseAligner(segmenters, aligner), false, cores)
                            .alignAll(folders, (done, total, name) -> { }));
            return List.of(pair, three, end, one, many);
        } finally {
            delete(dir);
        }
    }

    /** The release written {@code count} times as an archive of folders in a temporary directory. */
    private static Path archive(Map<Language, String> release, int count) {
        try {
            Path dir = Files.createTempDirectory("presstm-bench-align");
            for (int i = 0; i < count; i++) {
                Path f = Files.createDirectory(dir.resolve(String.format("release-%05d", i)));
                for (Map.Entry<Language, String> e : release.entrySet()) {
                    Files.writeString(f.resolve(e.getKey().code() + ".txt"), e.getValue(), StandardCharsets.UTF_8);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the benchmark archive", e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is no reason to fail a benchmark
        }
    }

    private static Figure time(String what, long sentences, int repeats, boolean warmUp, Runnable work) {
        if (warmUp) {
            for (int i = 0; i < repeats; i++) {
                work.run(); // warm-up as long as the run: the JIT compiler's work out of the figure
            }
        }
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        for (int i = 0; i < repeats; i++) {
            work.run();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = (processCpuNanos() - cpu0) / 1e9;
        Runtime rt = Runtime.getRuntime();
        long heap = (rt.totalMemory() - rt.freeMemory()) >> 20;
        return new Figure(what, sentences, seconds, cpu, heap);
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }
}
