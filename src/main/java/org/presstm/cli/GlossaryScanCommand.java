package org.presstm.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.presstm.glossary.Glossary;
import org.presstm.glossary.GlossaryOutput;
import org.presstm.io.TextFiles;
import org.presstm.lang.Language;
import org.presstm.segment.LanguageGuesser;

/** {@code presstm glossary scan FILE}: every term occurrence in a text. */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = {"Every term occurrence in a UTF-8 text: position (start-end, UTF-16 offsets), the form "
                + "found, the entry and its terms in the other languages; deprecated forms are flagged."})
final class GlossaryScanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    GlossarySource source;

    @Option(names = "--lang", paramLabel = "az|en|ru|auto", defaultValue = "auto",
            description = "Language of the text; auto detects it (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output form (default: ${DEFAULT-VALUE}).")
    GlossaryOutput.Format format;

    @Parameters(paramLabel = "FILE", description = "The text (UTF-8).")
    Path file;

    @Override
    public Integer call() {
        String text = TextFiles.readUtf8(file);
        Language language = LanguageOption.parse(lang).orElseGet(() -> guess(text));
        Glossary glossary = Glossary.of(source.load(spec));
        PrintWriter out = spec.commandLine().getOut();
        GlossaryOutput.scan(file.toString(), language, glossary.scan(text, language), format, out);
        out.flush();
        return ExitCode.OK;
    }

    private static Language guess(String text) {
        return new LanguageGuesser().guess(text).orElseThrow(() -> new IllegalArgumentException(
                "cannot tell the language of the text; give --lang az|en|ru"));
    }
}
