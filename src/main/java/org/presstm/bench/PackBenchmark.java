package org.presstm.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * release (the bundled one, nine sentences) is packed for en and ru (segment, look up, write and validate XLIFF,
 * TMX, TBX, manifest) and a returned XLIFF is unpacked (check, merge, import) into that memory. Models are
 * loaded before timing; the first round is a warm-up; the median of the rounds is reported.
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

    public Figures run(int size, Path release, int rounds) {
        Path db = work.resolve("pack-bench-" + size + ".db");
        long t0 = System.nanoTime();
        if (!Files.exists(db)) {
            build(db, size, release);
        }
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

    /** N generated units, in batches, plus exact and near copies of half of the release's sentences. */
    private void build(Path db, int size, Path release) {
        List<String> sentences = new ArrayList<>();
        new ReleaseReader(segmenters).read(release, Language.AZ).segments()
                .forEach(s -> sentences.add(s.text().plain()));
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
            try (Memory.Batch b = memory.begin()) {
                for (int i = 0; i < sentences.size(); i += 2) {
                    String s = sentences.get(i);
                    String near = i % 4 == 0 ? s : s.replaceFirst("\\S+", "Həmçinin");
                    b.add(TranslationUnit.of(Variant.of("az", near), Variant.of("en", "EN " + near),
                            Variant.of("ru", "RU " + near)));
                }
                b.commit();
            }
        }
    }

    /** Writes the bundled demo release to the work folder, as the release to pack. */
    public Path bundledRelease(String text) {
        Path f = work.resolve("release.az.txt");
        try {
            Files.writeString(f, text, StandardCharsets.UTF_8);
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
