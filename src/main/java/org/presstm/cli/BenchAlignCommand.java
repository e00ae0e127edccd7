package org.presstm.cli;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.presstm.bench.AlignBenchmark;
import org.presstm.lang.Language;

/** {@code presstm bench align}: alignment speed on an archive made of the bundled release. */
@Command(name = "align", mixinStandardHelpOptions = true,
        description = {"Sentences per second of alignment on an archive of the bundled release repeated: one pair, three-way",
                "and whole releases on one thread, then the archive from folders on one thread and on every core;",
                "wall time and the process's CPU time, with the load average before and after."})
final class BenchAlignCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--releases", defaultValue = "1000", description = "Releases in the archive (default: ${DEFAULT-VALUE}).")
    int releases;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Map<Language, String> release = new EnumMap<>(Language.class);
        for (Language lang : Language.values()) {
            release.put(lang, DemoCommand.bundled(lang));
        }
        out.printf("load average before: %s%n", loadAverage());
        out.printf("%-40s %10s %9s %14s %9s %16s %8s%n", "work", "sentences", "seconds", "sentences/s", "CPU s",
                "sentences/CPU s", "heap MB");
        for (AlignBenchmark.Figure f : new AlignBenchmark().run(release, releases)) {
            out.printf("%-40s %10d %9.3f %,14.0f %9.3f %,16.0f %8d%n", f.what(), f.sentences(), f.seconds(),
                    f.perSecond(), f.cpuSeconds(), f.perCpuSecond(), f.heapMb());
        }
        out.printf("load average after: %s%n", loadAverage());
        out.flush();
        return ExitCode.OK;
    }

    /** The system's load average over the last minute (other work on the machine slows the figures). */
    private static String loadAverage() {
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "unknown" : String.format(java.util.Locale.ROOT, "%.2f on %d cores", load,
                Runtime.getRuntime().availableProcessors());
    }
}
