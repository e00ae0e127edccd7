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
        description = "Sentences per second of alignment, one thread, on an archive of the bundled release repeated.")
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
        out.printf("%-40s %10s %9s %14s %8s%n", "work", "sentences", "seconds", "sentences/s", "heap MB");
        for (AlignBenchmark.Figure f : new AlignBenchmark().run(release, releases)) {
            out.printf("%-40s %10d %9.3f %,14.0f %8d%n", f.what(), f.sentences(), f.seconds(), f.perSecond(), f.heapMb());
        }
        out.flush();
        return ExitCode.OK;
    }
}
