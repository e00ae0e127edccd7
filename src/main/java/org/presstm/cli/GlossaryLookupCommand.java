package org.presstm.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.presstm.glossary.Glossary;
import org.presstm.glossary.GlossaryOutput;
import org.presstm.glossary.LookupResult;

/** {@code presstm glossary lookup TEXT}: the entries a word, form, phrase or name belongs to. */
@Command(name = "lookup", mixinStandardHelpOptions = true,
        description = {"The entries that TEXT (a word, an inflected form, a phrase, a name in any script) belongs "
                + "to, with all their terms and statuses; when none, the nearest entries as suggestions.",
                "Exit code 1 when no entry matches."})
final class GlossaryLookupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    GlossarySource source;

    @Option(names = "--lang", paramLabel = "az|en|ru|auto", defaultValue = "auto",
            description = "Language of TEXT; auto tries those its script allows (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output form (default: ${DEFAULT-VALUE}).")
    GlossaryOutput.Format format;

    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "What to look up (several words are one phrase).")
    List<String> words;

    @Override
    public Integer call() {
        String query = String.join(" ", words);
        Glossary glossary = Glossary.of(source.load(spec));
        List<LookupResult> results = glossary.lookup(query, LanguageOption.parse(lang));
        PrintWriter out = spec.commandLine().getOut();
        GlossaryOutput.lookup(query, results, format, out);
        out.flush();
        boolean found = !results.isEmpty() && results.get(0).how() != LookupResult.How.SUGGESTION;
        return found ? ExitCode.OK : ExitCode.FAILURE;
    }
}
