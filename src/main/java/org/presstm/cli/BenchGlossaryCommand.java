package org.presstm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.presstm.bench.GlossaryBenchmark;
import org.presstm.lang.Language;

/** {@code presstm bench glossary}: load time and per-release scan time against a 10,000-concept base. */
@Command(name = "glossary", mixinStandardHelpOptions = true,
        description = "Load time and scan time per release (the bundled demo release in az, en, ru) against the "
                + "project's term bases plus generated concepts.")
final class BenchGlossaryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    GlossarySource source;

    @Option(names = "--concepts", defaultValue = "10000",
            description = "Generated concepts added to the bases (default: ${DEFAULT-VALUE}).")
    int concepts;

    @Option(names = "--rounds", defaultValue = "2000", description = "Timed scans per language (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Override
    public Integer call() throws IOException {
        Map<Language, String> releases = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            releases.put(l, DemoCommand.bundled(l));
        }
        Path dir = Files.createTempDirectory("presstm-bench");
        var f = GlossaryBenchmark.run(source.load(spec), concepts, releases, rounds, dir);
        Files.deleteIfExists(dir);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("concepts %d: write TBX %.3f s, load TBX %.3f s, build matcher %.3f s%n", f.concepts(),
                f.writeSeconds(), f.loadSeconds(), f.buildSeconds());
        out.printf("%-4s %8s %6s %16s%n", "lang", "chars", "hits", "ms per release");
        for (Language l : f.scanMillisPerRelease().keySet()) {
            out.printf("%-4s %8d %6d %16.3f%n", l, releases.get(l).length(), f.hitsPerRelease().get(l),
                    f.scanMillisPerRelease().get(l));
        }
        out.flush();
        return ExitCode.OK;
    }
}
