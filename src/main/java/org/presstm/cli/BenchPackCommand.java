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

import org.presstm.bench.PackBenchmark;
import org.presstm.lang.Language;

/** {@code presstm bench pack}: pack and unpack times of a typical release against large memories. */
@Command(name = "pack", mixinStandardHelpOptions = true,
        description = {"Time to pack the bundled release (9 sentences, en and ru) against a memory of each",
                "size, and to unpack a returned XLIFF into it. Building the 1,000,000-unit memory takes a few",
                "minutes and about a GB in --work (kept there for the next run)."})
final class BenchPackCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--sizes", split = ",", defaultValue = "100000,1000000",
            description = "Memory sizes in units (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--rounds", defaultValue = "5", description = "Timed rounds (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--work", paramLabel = "DIR", description = "Folder for the files (default: a temporary one).")
    Path work;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("presstm-bench-pack");
        out.println("work folder: " + dir);
        PackBenchmark bench = new PackBenchmark(dir);
        Path release = bench.bundledRelease(DemoCommand.bundled(Language.AZ));
        out.printf("%10s %10s %9s %16s %22s %16s%n", "units", "build s", "segments", "pack ms med/max",
                "of which lookups ms/cpu", "unpack ms med/max");
        out.flush();
        for (int size : sizes) {
            PackBenchmark.Figures f = bench.run(size, release, rounds);
            out.printf("%,10d %10.1f %9d %8.0f/%-7.0f %14.0f/%-7.0f %8.0f/%-7.0f%n", f.units(), f.buildSeconds(),
                    f.segments(), f.packMs(), f.packMaxMs(), f.lookupMs(), f.lookupCpuMs(), f.unpackMs(),
                    f.unpackMaxMs());
            out.flush();
        }
        out.printf("load average %s%n", BenchTmCommand.loadAverage());
        return ExitCode.OK;
    }
}
