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

    @Option(names = "--work", paramLabel = "DIR", description = "Folder for the files (default: a temporary one).")
    Path work;

    @Option(names = "--fresh", description = "Rebuild the files of an earlier run in --work instead of reusing them.")
    boolean fresh;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("presstm-bench-tm");
        out.println("work folder: " + dir);
        out.printf("%9s | %11s %11s %6s | %11s | %-25s | %-25s | %-13s | %-13s%n", "units", "okapi rd/s",
                "import/s", "ratio", "pensieve/s", "presstm p50/p95 ms", "pensieve p50/p95 ms", "rss MB us/pv",
                "recall us/pv");
        out.flush();
        TmBenchmark bench = new TmBenchmark(dir, fresh);
        for (int size : sizes) {
            TmBenchmark.Figures f = bench.run(size, queries);
            out.printf("%,9d | %,11.0f %,11.0f %6.2f | %,11.0f | %8.2f / %8.2f        | %8.2f / %8.2f        |"
                            + " %5.0f / %5.0f | %5.3f / %5.3f%n",
                    f.units(), f.okapiReadPerSecond(), f.importPerSecond(), f.importPerSecond() / f.okapiReadPerSecond(),
                    f.pensieveIndexPerSecond(), TmBenchmark.percentile(f.presstmMs(), 0.5),
                    TmBenchmark.percentile(f.presstmMs(), 0.95), TmBenchmark.percentile(f.pensieveMs(), 0.5),
                    TmBenchmark.percentile(f.pensieveMs(), 0.95), f.presstmRss() / 1e6, f.pensieveRss() / 1e6,
                    f.presstmRecall(), f.pensieveRecall());
            out.printf("%9s   disk: presstm %,.1f MB (az, en, ru), pensieve %,.1f MB (az-en only)%s%n", "",
                    f.presstmDisk() / 1e6, f.pensieveDisk() / 1e6,
                    f.reused() ? "; build figures from the run that built these files" : "");
            out.printf("%9s   memory: presstm heap %,.1f MB + RSS growth %,.1f MB (SQLite page cache, limit %,.0f MB);"
                            + " pensieve heap %,.1f MB + RSS growth %,.1f MB (Lucene, mapped files included)%n", "",
                    f.presstmHeap() / 1e6, f.presstmRss() / 1e6, f.presstmCacheCap() / 1e6, f.pensieveHeap() / 1e6,
                    f.pensieveRss() / 1e6);
            out.flush();
        }
        return ExitCode.OK;
    }
}
