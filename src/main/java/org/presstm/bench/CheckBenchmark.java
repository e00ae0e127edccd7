package org.presstm.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.presstm.lang.Language;
import org.presstm.qa.CheckContext;
import org.presstm.qa.CheckService;
import org.presstm.qa.Report;
import org.presstm.tm.Memory;
import org.presstm.tm.SqliteMemory;
import org.presstm.tm.TranslationUnit;
import org.presstm.tm.Variant;

/**
 * {@code presstm bench check}: the whole-memory inconsistency check ({@code check --tm --checks inconsistency})
 * on a memory of generated az/en/ru press sentences ({@link PressSentences}), with one unit in
 * {@value #EVERY} repeating an earlier source under another English translation. The memory is built once
 * and kept in the work folder, so later runs time the check alone. Not thread-safe.
 */
public final class CheckBenchmark {
    static final int EVERY = 1000;

    /** What one run measured. */
    public record Figures(long units, double buildSeconds, double checkSeconds, long findings, long expected) {
    }

    private final Path work;

    public CheckBenchmark(Path work) {
        this.work = work;
    }

    public Figures run(int size) {
        Path file = work.resolve("check-bench-" + size + ".db");
        long t0 = System.nanoTime();
        if (!Files.exists(file)) {
            build(file, size);
        }
        double build = (System.nanoTime() - t0) / 1e9;
        try (SqliteMemory memory = SqliteMemory.open(file, false)) {
            long t1 = System.nanoTime();
            Report r = new CheckService(CheckContext.EMPTY, List.of("inconsistency.source", "inconsistency.target"))
                    .checkMemory(memory, file.toString(), Language.AZ);
            double check = (System.nanoTime() - t1) / 1e9;
            long found = r.findings().stream().filter(f -> f.check().equals("inconsistency.source")).count();
            return new Figures(r.segments(), build, check, found, size / EVERY);
        }
    }

    private static void build(Path file, int size) {
        PressSentences generator = new PressSentences(42);
        List<PressSentences.Triple> firsts = new ArrayList<>();
        try (SqliteMemory memory = SqliteMemory.open(file, true); Memory.Batch batch = memory.begin()) {
            for (int i = 1; i <= size; i++) {
                PressSentences.Triple t;
                if (i % EVERY == 0 && !firsts.isEmpty()) {
                    PressSentences.Triple earlier = firsts.get(i / EVERY % firsts.size());
                    t = new PressSentences.Triple(earlier.az() + " ", "Also: " + earlier.en(), earlier.ru());
                } else {
                    t = generator.next();
                    if (firsts.size() < 10_000) {
                        firsts.add(t);
                    }
                }
                batch.add(TranslationUnit.of(Variant.of("az", t.az()), Variant.of("en", t.en()), Variant.of("ru", t.ru())));
            }
            batch.commit();
        }
    }
}
