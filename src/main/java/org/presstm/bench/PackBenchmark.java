package org.presstm.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.presstm.lang.Language;
import org.presstm.segment.Segmenters;
import org.presstm.tm.Memory;
import org.presstm.tm.SqliteMemory;
import org.presstm.tm.TranslationUnit;
import org.presstm.tm.Variant;
import org.presstm.xliff.Leverager;
import org.presstm.xliff.PackRequest;
import org.presstm.xliff.PackResult;
import org.presstm.xliff.PackageWriter;
import org.presstm.xliff.Profile;
import org.presstm.xliff.ReleaseReader;
import org.presstm.xliff.UnpackRequest;
import org.presstm.xliff.Unpacker;
import org.presstm.xliff.XliffVersion;

/**
 * {@code presstm bench pack}: how long a translator waits. A memory of N generated press sentences
 * ({@link PressSentences}, az/en/ru) plus a few units that match the release exactly or nearly; then a
 * typical release (bundled for the benchmark: twenty sentences and a title) is packed for en and ru (segment,
 * look up, write XLIFF, TMX, TBX, manifest) and a returned XLIFF is unpacked (check, merge, import) into that
 * memory. In one JVM ({@link #run}: models loaded before timing, the first round a warm-up, medians reported),
 * and as a translator runs it ({@link #cold}): the launcher, a fresh JVM each time.
 */
public final class PackBenchmark {
    /**
     * The figures for one memory size, in milliseconds (medians and maxima of the rounds); {@code lookupMs} and
     * {@code lookupCpuMs} are the median wall and processor time of a pack's memory lookups, part of
     * {@code packMs}.
     */
    public record Figures(int units, double buildSeconds, double packMs, double packMaxMs, double unpackMs,
            double unpackMaxMs, double lookupMs, double lookupCpuMs, int segments) {
    }

    private final Path work;
    private final Segmenters segmenters = new Segmenters();

    public PackBenchmark(Path work) {
        this.work = work;
    }

    /** The memory of {@code size} units for the release (built once, kept in the work folder). */
    public Path memory(int size, Path release) {
        Path db = work.resolve("pack-bench-" + size + ".db");
        if (!Files.exists(db)) {
            build(db, size);
        }
        addReleaseMatches(db, release); // identical units merge: a memory built for another release gains these
        return db;
    }

    public Figures run(int size, Path release, int rounds) {
        long t0 = System.nanoTime();
        Path db = memory(size, release);
        double build = (System.nanoTime() - t0) / 1e9;
        double[] pack = new double[rounds];
        double[] unpack = new double[rounds];
        double[] lookup = new double[rounds];
        double[] lookupCpu = new double[rounds];
        int segments = 0;
        try (SqliteMemory memory = SqliteMemory.open(db, false)) {
            TimedMemory timed = new TimedMemory(memory);
            PackageWriter writer = new PackageWriter(new ReleaseReader(segmenters),
                    new Leverager(Optional.of(timed), Optional.empty()));
            for (int i = -1; i < rounds; i++) {
                Path out = fresh("round-" + size + "-" + i);
                long p0 = System.nanoTime();
                PackResult r = writer.pack(new PackRequest(release, Language.AZ, List.of(Language.EN, Language.RU),
                        out, XliffVersion.V1_2, Profile.OMEGAT, false, Optional.empty(), Optional.empty(),
                        Instant.now(), false));
                long p1 = System.nanoTime();
                double[] lookups = timed.millisAndReset();
                // OmegaT-profile targets are source copies: count state "new" as done to import every segment
                new Unpacker(memory).unpack(new UnpackRequest(r.folder().resolve(r.manifest().targets().get(0).xliff()),
                        Optional.empty(), out.resolve("translated"), Set.of("new"), Optional.of("bench"),
                        Instant.now()));
                long p2 = System.nanoTime();
                if (i >= 0) {
                    pack[i] = (p1 - p0) / 1e6;
                    unpack[i] = (p2 - p1) / 1e6;
                    lookup[i] = lookups[0];
                    lookupCpu[i] = lookups[1];
                }
                segments = r.manifest().segments().size();
            }
        }
        return new Figures(size, build, median(pack), max(pack), median(unpack), max(unpack), median(lookup),
                median(lookupCpu), segments);
    }

    /** N generated units, in batches. */
    private static void build(Path db, int size) {
        PressSentences generator = new PressSentences(42);
        try (SqliteMemory memory = SqliteMemory.open(db, true)) {
            for (int done = 0; done < size; ) {
                int n = Math.min(50_000, size - done);
                try (Memory.Batch b = memory.begin()) {
                    for (int i = 0; i < n; i++) {
                        PressSentences.Triple t = generator.next();
                        b.add(TranslationUnit.of(Variant.of("az", t.az()), Variant.of("en", t.en()),
                                Variant.of("ru", t.ru())));
                    }
                    b.commit();
                }
                done += n;
            }
        }
    }

    /** Exact copies of a quarter of the release's sentences and near copies of another quarter. */
    private void addReleaseMatches(Path db, Path release) {
        List<String> sentences = new ArrayList<>();
        new ReleaseReader(segmenters).read(release, Language.AZ).segments()
                .forEach(s -> sentences.add(s.text().plain()));
        try (SqliteMemory memory = SqliteMemory.open(db, false); Memory.Batch b = memory.begin()) {
            for (int i = 0; i < sentences.size(); i += 2) {
                String s = sentences.get(i);
                String near = i % 4 == 0 ? s : s.replaceFirst("\\S+", "Həmçinin");
                b.add(TranslationUnit.of(Variant.of("az", near), Variant.of("en", "EN " + near),
                        Variant.of("ru", "RU " + near)));
            }
            b.commit();
        }
    }

    /** Wall times of the launcher, in milliseconds: median and maximum of {@code pack} and of {@code unpack}. */
    public record Cold(double packMs, double packMaxMs, double unpackMs, double unpackMaxMs) {
    }

    /**
     * The launcher in a fresh JVM each time, as a translator waits for it (JVM start, models, glossaries of
     * {@code project}, lookups, files): {@code pack} against {@code db} (OmegaT profile: every target filled),
     * then {@code unpack} of its English XLIFF into {@code db}, every segment taken as done. One untimed round
     * first (the launcher's first pack after a build also writes its class-data archive), then {@code rounds}.
     */
    public Cold cold(Path launcher, Path db, Path release, Path project, int rounds) {
        double[] pack = new double[rounds];
        double[] unpack = new double[rounds];
        for (int i = -1; i < rounds; i++) {
            Path out = fresh("cold-" + db.getFileName() + "-" + i);
            double p = launch(List.of(launcher.toString(), "pack", release.toString(), "--from", "az", "--to",
                    "en,ru", "--for", "omegat", "--tm", db.toString(), "-o", out.toString(), "--project",
                    project.toString()));
            Path xliff = find(out, ".az-en.xlf");
            double u = launch(List.of(launcher.toString(), "unpack", xliff.toString(), "--tm", db.toString(),
                    "--states", "new", "-o", out.resolve("translated").toString(), "--project", project.toString()));
            if (i >= 0) {
                pack[i] = p;
                unpack[i] = u;
            }
        }
        return new Cold(median(pack), max(pack), median(unpack), max(unpack));
    }

    private static double launch(List<String> command) {
        long t0 = System.nanoTime();
        try {
            Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            int code = p.waitFor();
            if (code != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited with " + code);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    private static Path find(Path dir, String suffix) {
        try (var files = Files.walk(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no *" + suffix + " in " + dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the release bundled for this benchmark to the work folder, as the release to pack. */
    public Path typicalRelease() {
        Path f = work.resolve("release.az.txt");
        try (var in = PackBenchmark.class.getResourceAsStream("/bench/release.az.txt")) {
            if (in == null) {
                throw new IllegalStateException("bench/release.az.txt missing from the jar");
            }
            Files.write(f, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return f;
    }

    private Path fresh(String name) {
        try {
            Path d = work.resolve(name);
            if (Files.exists(d)) {
                throw new IllegalStateException(d + " exists; give an empty --work folder");
            }
            return Files.createDirectories(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double median(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy.length == 0 ? 0 : copy[copy.length / 2];
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }
}
