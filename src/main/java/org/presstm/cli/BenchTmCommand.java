package org.presstm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.presstm.bench.TmBenchmark;

/** {@code presstm bench tm}: translation-memory figures, presstm next to Okapi (see {@link TmBenchmark}). */
@Command(name = "tm", mixinStandardHelpOptions = true,
        description = {"Import throughput, fuzzy lookup latency, heap, disk and index recall at each size,",
                "presstm next to Okapi's TMX filter and Pensieve TM, on generated az/en/ru press sentences.",
                "The 1,000,000 size takes about ten minutes and several GB of disk in --work."})
final class BenchTmCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--sizes", split = ",", defaultValue = "10000,100000,1000000",
            description = "Memory sizes in units (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--queries", defaultValue = "200", description = "Lookups per size (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--pensieve-queries", paramLabel = "N",
            description = {"Lookups timed on Pensieve per size (the first N of --queries). Default: all up to",
                    "10,000 units; above, 1,000,000 / size but at least 3 (it takes seconds a lookup there)."})
    Integer pensieveQueries;

    @Option(names = "--work", paramLabel = "DIR", description = "Folder for the files (default: a temporary one).")
    Path work;

    @Option(names = "--fresh", description = "Rebuild the files of an earlier run in --work instead of reusing them.")
    boolean fresh;

    @Option(names = "--import-only", description = {"Measure import throughput only (next to Okapi's TMX filter);",
            "no Pensieve index, no lookups. The memory is built anew and deleted afterwards."})
    boolean importOnly;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("presstm-bench-tm");
        out.println("work folder: " + dir);
        if (importOnly) {
            return importOnly(out, dir);
        }
        out.printf("%9s | %11s %11s %6s | %11s | %-25s | %-25s | %-13s | %-13s%n", "units", "okapi rd/s",
                "import/s", "ratio", "pensieve/s", "presstm p50/p95 ms", "pensieve p50/p95 ms", "heap MB us/pv",
                "recall us/pv");
        out.flush();
        TmBenchmark bench = new TmBenchmark(dir, fresh);
        for (int size : sizes) {
            int capped = pensieveQueries != null ? pensieveQueries
                    : size <= 10_000 ? queries : Math.max(3, 1_000_000 / size);
            TmBenchmark.Figures f = bench.run(size, queries, capped);
            out.printf("%,9d | %,11.0f %,11.0f %6.2f | %,11.0f | %8.2f / %8.2f        | %8.2f / %8.2f        |"
                            + " %5.0f / %5.0f | %5.3f / %5.3f%n",
                    f.units(), f.okapiReadPerSecond(), f.importPerSecond(), f.importPerSecond() / f.okapiReadPerSecond(),
                    f.pensieveIndexPerSecond(), TmBenchmark.percentile(f.presstmMs(), 0.5),
                    TmBenchmark.percentile(f.presstmMs(), 0.95), TmBenchmark.percentile(f.pensieveMs(), 0.5),
                    TmBenchmark.percentile(f.pensieveMs(), 0.95), f.presstmHeap() / 1e6, f.pensieveHeap() / 1e6,
                    f.presstmRecall(), f.pensieveRecall());
            out.printf("%9s   presstm CPU time per lookup p50/p95 %.2f / %.2f ms (the wall times above include waiting"
                            + " for a processor: load average %s)%n", "", TmBenchmark.percentile(f.presstmCpuMs(), 0.5),
                    TmBenchmark.percentile(f.presstmCpuMs(), 0.95), loadAverage());
            out.printf("%9s   disk: presstm %,.1f MB (az, en, ru), pensieve %,.1f MB (az-en only)%s%n", "",
                    f.presstmDisk() / 1e6, f.pensieveDisk() / 1e6,
                    f.reused() ? "; build figures from the run that built these files" : "");
            out.printf("%9s   memory: presstm heap retained %,.1f MB (its lookup counts %,.1f MB: posting-list cache,"
                            + " candidates, tallies) + SQLite page cache <= %,.0f MB; pensieve heap retained %,.1f MB"
                            + " + its index files, memory-mapped (%,.1f MB)%n", "",
                    f.presstmHeap() / 1e6, f.presstmLookupBytes() / 1e6, f.presstmCacheCap() / 1e6,
                    f.pensieveHeap() / 1e6, f.pensieveDisk() / 1e6);
            if (f.pensieveQueries() < f.presstmMs().length) {
                out.printf("%9s   pensieve timed on the first %d of the %d queries (seconds a lookup at this size);"
                        + " its recall is over those%n", "", f.pensieveQueries(), f.presstmMs().length);
            }
            out.flush();
        }
        return ExitCode.OK;
    }

    private int importOnly(PrintWriter out, Path dir) {
        out.printf("%9s | %11s %11s %6s | %-17s | %s%n", "units", "okapi rd/s", "import/s", "ratio",
                "cpu s okapi/ours", "load average before / after");
        out.flush();
        TmBenchmark bench = new TmBenchmark(dir, fresh);
        for (int size : sizes) {
            String before = loadAverage();
            TmBenchmark.ImportFigures f = bench.runImport(size);
            out.printf("%,9d | %,11.0f %,11.0f %6.2f | %7.1f / %7.1f | %s / %s%n", f.units(), f.okapiReadPerSecond(),
                    f.importPerSecond(), f.importPerSecond() / f.okapiReadPerSecond(), f.okapiCpuSeconds(),
                    f.importCpuSeconds(), before, loadAverage());
            out.flush();
        }
        return ExitCode.OK;
    }

    /** The first three fields of /proc/loadavg, or "unknown". */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
