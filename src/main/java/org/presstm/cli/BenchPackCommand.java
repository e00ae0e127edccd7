package org.presstm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.presstm.bench.PackBenchmark;

/** {@code presstm bench pack}: pack and unpack times of a typical release against large memories. */
@Command(name = "pack", mixinStandardHelpOptions = true,
        description = {"Time to pack a typical release (bundled: 21 segments, for en and ru) against a memory of",
                "each size, and to unpack a returned XLIFF into it: in this JVM, warm, and as a translator",
                "waits for them, the launcher's pack and unpack in a fresh JVM each (--cold). Building the",
                "1,000,000-unit memory takes a few minutes and about a GB in --work (kept there for the next run)."})
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

    @Option(names = "--cold", defaultValue = "5", paramLabel = "N",
            description = "Timed runs of the launcher (`presstm pack`, a fresh JVM each) per size, after one"
                    + " untimed; 0 for none (default: ${DEFAULT-VALUE}).")
    int cold;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("presstm-bench-pack");
        out.println("work folder: " + dir);
        PackBenchmark bench = new PackBenchmark(dir);
        Path release = bench.typicalRelease();
        Optional<Path> launcher = cold > 0 ? launcher() : Optional.empty();
        Path project = Files.createDirectories(dir.resolve("project"));
        if (launcher.isPresent()) {
            copyGlossaries(ProjectLayout.glossaries(ProjectLayout.project(spec)), ProjectLayout.glossaries(project));
        } else if (cold > 0) {
            out.println("cold runs skipped: no launcher `presstm` beside target/ of this jar");
        }
        out.printf("%10s %10s %9s %16s %22s %16s | %18s %20s%n", "units", "build s", "segments",
                "pack ms med/max", "of which lookups ms/cpu", "unpack ms med/max", "launcher pack ms",
                "launcher unpack ms");
        out.flush();
        for (int size : sizes) {
            PackBenchmark.Figures f = bench.run(size, release, rounds);
            String packCold = "-";
            String unpackCold = "-";
            if (launcher.isPresent()) {
                PackBenchmark.Cold c = bench.cold(launcher.get(), bench.memory(size, release), release, project,
                        cold);
                packCold = String.format("%.0f/%.0f", c.packMs(), c.packMaxMs());
                unpackCold = String.format("%.0f/%.0f", c.unpackMs(), c.unpackMaxMs());
            }
            out.printf("%,10d %10.1f %9d %8.0f/%-7.0f %14.0f/%-7.0f %8.0f/%-7.0f | %18s %20s%n", f.units(),
                    f.buildSeconds(), f.segments(), f.packMs(), f.packMaxMs(), f.lookupMs(), f.lookupCpuMs(),
                    f.unpackMs(), f.unpackMaxMs(), packCold, unpackCold);
            out.flush();
        }
        out.printf("load average %s%n", BenchTmCommand.loadAverage());
        return ExitCode.OK;
    }

    /** The launcher of the checkout this jar was built in ({@code presstm} beside {@code target/}), if any. */
    private static Optional<Path> launcher() {
        try {
            Path jar = Path.of(BenchPackCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path script = jar.toAbsolutePath().getParent().getParent().resolve("presstm");
            return Files.isRegularFile(jar) && Files.isExecutable(script) ? Optional.of(script) : Optional.empty();
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void copyGlossaries(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        if (!Files.isDirectory(from)) {
            return;
        }
        try (var files = Files.list(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(f)) {
                    Files.copy(f, to.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
