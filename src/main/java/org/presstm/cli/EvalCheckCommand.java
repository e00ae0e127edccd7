package org.presstm.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.presstm.eval.CheckEvaluation;
import org.presstm.eval.CheckMateComparison;
import org.presstm.eval.ErrorPlacement;
import org.presstm.glossary.Glossary;
import org.presstm.glossary.TermBases;
import org.presstm.qa.CheckContext;
import org.presstm.qa.MemoryLookup;

/** {@code presstm eval check}: injected-error recall and findings on clean releases, and Okapi CheckMate beside. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"The consistency checks on real releases (aligned on the fly): findings on the clean text per",
                "check, the share of injected errors caught, and Okapi CheckMate's engine on the same XLIFF."})
final class EvalCheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "DIR",
            description = "Folder walked for items with two or three of az.txt, en.txt, ru.txt (e.g. ../shared/corpus/releases).")
    Path gold;

    @Option(names = {"-g", "--glossary"}, paramLabel = "FILE",
            description = "Term bases (default: <project>/glossaries/*).")
    List<Path> glossaries = new ArrayList<>();

    @Option(names = "--per-item", defaultValue = "2", description = "Copies with one error of each kind per item (default: ${DEFAULT-VALUE}).")
    int perItem;

    @Option(names = "--seed", defaultValue = "7", description = "Seed of the error placement (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--placement", split = ",", defaultValue = "body,anywhere", paramLabel = "WHERE",
            description = {"Where errors of content (number, date, term, name, end punctuation, one target only) go:",
                    "body (translated body text only), anywhere (frame lines and spans too, where a reader comparing",
                    "the versions sees them); one table each (default: ${DEFAULT-VALUE})."})
    List<ErrorPlacement> placements;

    @Option(names = "--misses", description = "List each injected error that its expected check did not catch.")
    boolean misses;

    @Option(names = "--list-clean", description = "List each finding on the clean (published) text, with its texts.")
    boolean listClean;

    @Option(names = "--no-checkmate", description = "Leave out the comparison with Okapi CheckMate.")
    boolean noCheckmate;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> files = !glossaries.isEmpty() ? glossaries : TermBases.projectFiles(ProjectLayout.project(spec));
        CheckContext context = new CheckContext(files.isEmpty() ? Optional.empty()
                : Optional.of(Glossary.of(TermBases.load(files))), MemoryLookup.NONE);
        List<CheckEvaluation.Item> items = CheckEvaluation.findItems(gold);
        out.printf("presstm eval check: %d items under %s, glossary: %s%n", items.size(), gold,
                files.isEmpty() ? "none" : files.size() + " file(s)");
        CheckEvaluation evaluation = new CheckEvaluation(context);
        if (misses) {
            evaluation.listMisses(out);
        }
        if (listClean) {
            evaluation.listCleanFindings(out);
        }
        evaluation.run(items, perItem, seed, placements, out);
        if (!noCheckmate) {
            new CheckMateComparison(context).run(items, seed, out);
        }
        out.flush();
        return ExitCode.OK;
    }
}
