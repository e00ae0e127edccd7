package org.presstm.align;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.presstm.InvalidInputException;
import org.presstm.lang.Language;

/**
 * An archive of releases, one folder each ({@code az.txt}, {@code en.txt}, {@code ru.txt}, any of them
 * missing), aligned on a few threads at once, each with its own {@link ReleaseAligner} (releases are
 * independent, so an archive uses every core; the result is in folder order whatever the threads do). A
 * folder that cannot be read is skipped and named in {@link #skipped()}, so one bad release does not stop
 * an archive. Not thread-safe itself: one {@link #alignAll} at a time.
 */
public final class Archive {
    private final ThreadLocal<ReleaseAligner> aligners;
    private final boolean acceptLow;
    private final int threads;
    private final List<String> skipped = new ArrayList<>();

    /** Told after each release. */
    public interface Progress {
        void step(int done, int total, String name);
    }

    /** Totals over an archive. */
    public record Summary(int releases, int units, int low, long sentences) {
        public double lowShare() {
            return units == 0 ? 0 : low / (double) units;
        }
    }

    /** An archive aligned on one thread with the given aligner. */
    public Archive(ReleaseAligner aligner, boolean acceptLow) {
        this(() -> aligner, acceptLow, 1);
    }

    /**
     * @param aligners  makes the aligner of each thread (a {@link ReleaseAligner} is not thread-safe)
     * @param threads   how many releases are aligned at once (at least 1)
     */
    public Archive(Supplier<ReleaseAligner> aligners, boolean acceptLow, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.aligners = ThreadLocal.withInitial(aligners);
        this.acceptLow = acceptLow;
        this.threads = threads;
    }

    /** The aligner of the calling thread. */
    public ReleaseAligner aligner() {
        return aligners.get();
    }

    public boolean acceptLow() {
        return acceptLow;
    }

    /** The release folders under {@code dir} (itself, if it is one), sorted. */
    public static List<Path> folders(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InvalidInputException(dir, 0, "not a folder of releases");
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> out = walk.filter(Files::isDirectory).filter(Archive::isRelease).sorted().toList();
            if (out.isEmpty()) {
                throw new InvalidInputException(dir, 0, "no release folder here (a folder with two of az.txt, "
                        + "en.txt, ru.txt)");
            }
            return out;
        } catch (IOException e) {
            throw new InvalidInputException(dir, 0, "cannot list: " + e.getMessage(), e);
        }
    }

    static boolean isRelease(Path dir) {
        int n = 0;
        for (Language lang : Language.values()) {
            n += Files.isRegularFile(dir.resolve(lang.code() + ".txt")) ? 1 : 0;
        }
        return n >= 2;
    }

    /** The releases of the folders, in their order; progress is told as each finishes, from any thread. */
    public List<Release> alignAll(List<Path> folders, Progress progress) {
        AtomicInteger done = new AtomicInteger();
        Function<Path, Object> one = f -> {
            Object result;
            try {
                result = aligner().alignFolder(f);
            } catch (InvalidInputException e) {
                result = e.getMessage();
            }
            synchronized (progress) {
                progress.step(done.incrementAndGet(), folders.size(),
                        f.getFileName() == null ? f.toString() : f.getFileName().toString());
            }
            return result;
        };
        List<Object> results = threads == 1 || folders.size() < 2 ? folders.stream().map(one).toList()
                : inParallel(folders, one);
        List<Release> out = new ArrayList<>();
        for (Object r : results) {
            if (r instanceof Release release) {
                out.add(release);
            } else {
                skipped.add((String) r);
            }
        }
        return out;
    }

    private List<Object> inParallel(List<Path> folders, Function<Path, Object> one) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, folders.size()), r -> {
            Thread t = new Thread(r, "presstm-align");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (Path f : folders) {
                futures.add(pool.submit(() -> one.apply(f)));
            }
            List<Object> out = new ArrayList<>();
            for (Future<Object> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while aligning an archive", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The folders that were skipped, with the reason. */
    public List<String> skipped() {
        return List.copyOf(skipped);
    }

    public static Summary summarize(List<Release> releases) {
        int units = 0;
        int low = 0;
        long sentences = 0;
        for (Release r : releases) {
            units += r.units().size();
            low += (int) r.lowUnits();
            sentences += r.sentences();
        }
        return new Summary(releases.size(), units, low, sentences);
    }
}
