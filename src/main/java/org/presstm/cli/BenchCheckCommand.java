package org.presstm.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.presstm.PresstmException;
import org.presstm.bench.CheckBenchmark;

/** {@code presstm bench check}: the whole-memory inconsistency check at a given memory size. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Time `check --tm --checks inconsistency` on a generated memory (built once, then reused).")
final class BenchCheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--units", defaultValue = "1000000", description = "Memory size in units (default: ${DEFAULT-VALUE}).")
    int units;

    @Option(names = "--work", defaultValue = "target/bench", paramLabel = "DIR",
            description = "Where the generated memory is kept (default: ${DEFAULT-VALUE}).")
    Path work;

    @Override
    public Integer call() throws java.io.IOException {
        if (units < 1) {
            throw new PresstmException("--units must be positive");
        }
        Files.createDirectories(work);
        PrintWriter out = spec.commandLine().getOut();
        CheckBenchmark.Figures f = new CheckBenchmark(work).run(units);
        out.printf("units %,d; memory built or opened in %.1f s; inconsistency check (source and target) %.1f s "
                + "(%,.0f units/s); same-source findings %,d of %,d planted%n", f.units(), f.buildSeconds(),
                f.checkSeconds(), f.units() / f.checkSeconds(), f.findings(), f.expected());
        out.flush();
        return ExitCode.OK;
    }
}
