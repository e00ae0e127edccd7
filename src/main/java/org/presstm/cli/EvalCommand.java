package org.presstm.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.presstm.eval.SegmentationEvaluation;
import org.presstm.lang.Language;
import org.presstm.segment.SentenceModels;

/** {@code presstm eval ...}: measurements against gold data such as {@code ../shared/corpus}. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure presstm against gold data.",
        subcommands = {EvalCommand.Segment.class, EvalGlossaryCommand.class, EvalAlignCommand.class,
                EvalCheckCommand.class})
final class EvalCommand {

    @Command(name = "segment", mixinStandardHelpOptions = true,
            description = {"Sentence boundary precision, recall and F1 inside paragraphs, per language,",
                    "for presstm and, in the same run, Okapi's default SRX rules and OpenNLP's English model."})
    static final class Segment implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--gold", required = true, paramLabel = "DIR",
                description = "Folder walked for items with L.txt beside gold/L.sent (e.g. ../shared/corpus).")
        Path gold;

        @Option(names = "--lang", paramLabel = "LANGS", defaultValue = "az,en,ru",
                description = "Languages to score (default: ${DEFAULT-VALUE}).")
        String langs;

        @Option(names = "--errors", description = "Also list presstm's missed and false boundaries.")
        boolean errors;

        @Override
        public Integer call() {
            List<Language> languages = LanguageOption.parseList(langs);
            var items = SegmentationEvaluation.findItems(gold, languages);
            PrintWriter out = spec.commandLine().getOut();
            var table = SegmentationEvaluation.standard(new SentenceModels()).run(items, errors ? out : null);
            SegmentationEvaluation.print(table, items.size(), out);
            out.flush();
            return ExitCode.OK;
        }
    }
}
