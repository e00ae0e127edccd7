package org.presstm.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.presstm.glossary.GlossaryOutput;
import org.presstm.lang.Language;

/** {@code presstm glossary transliterate NAME --from az --to ru,en}: spellings proposed by rule. */
@Command(name = "transliterate", mixinStandardHelpOptions = true,
        description = {"Propose the spelling of a name in other scripts by the Milli Majlis conventions "
                + "(q→g/г, x→kh/х, ə→a/а, ş→sh/ш, c→j/дж, ...), with variants where the rules allow two.",
                "A proposal, not an attested spelling: check a published source before adding it to a term base."})
final class GlossaryTransliterateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--from", defaultValue = "az", paramLabel = "az|en|ru",
            description = "Language (script) of NAME (default: ${DEFAULT-VALUE}).")
    String from;

    @Option(names = "--to", defaultValue = "ru,en", paramLabel = "LANGS",
            description = "Target languages (default: ${DEFAULT-VALUE}).")
    String to;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output form (default: ${DEFAULT-VALUE}).")
    GlossaryOutput.Format format;

    @Parameters(paramLabel = "NAME", arity = "1..*", description = "The name (several words are one name).")
    List<String> words;

    @Override
    public Integer call() {
        Language source = Language.of(from);
        List<Language> targets = LanguageOption.parseList(to).stream().filter(l -> l != source).toList();
        PrintWriter out = spec.commandLine().getOut();
        GlossaryOutput.proposals(String.join(" ", words), source, targets, format, out);
        out.flush();
        return ExitCode.OK;
    }
}
