package org.presstm.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.presstm.eval.GlossaryEvaluation;
import org.presstm.glossary.Glossary;

/** {@code presstm eval glossary}: precision and recall of glossary scan against a gold of occurrences. */
@Command(name = "glossary", mixinStandardHelpOptions = true,
        description = {"Precision and recall of 'glossary scan' per language against a gold of term occurrences",
                "(TSV: item, lang, start, end, concept id; offsets into <corpus>/<item>/<lang>.txt)."})
final class EvalGlossaryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    GlossarySource source;

    @Option(names = "--gold", required = true, paramLabel = "FILE",
            description = "The gold (e.g. src/test/resources/glossary/scan-gold.tsv).")
    Path gold;

    @Option(names = "--corpus", required = true, paramLabel = "DIR",
            description = "Folder of the items the gold names (e.g. ../shared/corpus/releases).")
    Path corpus;

    @Option(names = "--errors", description = "Also list misses (-) and false hits (+).")
    boolean errors;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Glossary glossary = Glossary.of(source.load(spec));
        var scores = GlossaryEvaluation.run(glossary, corpus, GlossaryEvaluation.readGold(gold), errors ? out : null);
        GlossaryEvaluation.print(scores, out);
        out.flush();
        return ExitCode.OK;
    }
}
