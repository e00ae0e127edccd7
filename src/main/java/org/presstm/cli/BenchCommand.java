package org.presstm.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.presstm.bench.SegmentBenchmark;
import org.presstm.lang.Language;

/** {@code presstm bench ...}: benchmarks that print figures (not part of the test suite). */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks that print figures.",
        subcommands = {BenchCommand.Segment.class, BenchTmCommand.class, BenchGlossaryCommand.class, BenchAlignCommand.class,
                BenchPackCommand.class, BenchCheckCommand.class})
final class BenchCommand {

    @Command(name = "segment", mixinStandardHelpOptions = true,
            description = "Sentences per second, one thread, models loaded once, on a large generated input.")
    static final class Segment implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--lang", defaultValue = "az,en,ru", paramLabel = "LANGS",
                description = "Languages (default: ${DEFAULT-VALUE}).")
        String langs;

        @Option(names = "--sentences", defaultValue = "500000",
                description = "Size of the input in sentences (default: ${DEFAULT-VALUE}).")
        int sentences;

        @Option(names = "--rounds", defaultValue = "3", description = "Timed rounds; the best is shown.")
        int rounds;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%-4s %-40s %10s %9s %14s%n", "lang", "work", "sentences", "seconds", "sentences/s");
            SegmentBenchmark bench = new SegmentBenchmark();
            for (Language lang : LanguageOption.parseList(langs)) {
                for (SegmentBenchmark.Figure f : bench.run(lang, DemoCommand.bundled(lang), sentences, rounds)) {
                    out.printf("%-4s %-40s %10d %9.3f %,14.0f%n", lang, f.what(), f.sentences(), f.seconds(),
                            f.perSecond());
                    out.flush();
                }
            }
            return ExitCode.OK;
        }
    }
}
