package org.presstm.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.presstm.InvalidInputException;
import org.presstm.io.TextFiles;
import org.presstm.segment.SegmentFormat;
import org.presstm.segment.SegmentedText;
import org.presstm.segment.Segmenters;
import org.presstm.segment.TextSegmentation;

/** {@code presstm segment}: texts into sentences. */
@Command(name = "segment", mixinStandardHelpOptions = true,
        description = {"Split UTF-8 texts into sentences with presstm's OpenNLP models.",
                "Text output: one sentence a line, a blank line between paragraphs.",
                "A single line break inside a paragraph is a soft wrap; blank lines separate paragraphs."})
final class SegmentCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--lang", paramLabel = "az|en|ru|auto", defaultValue = "auto",
            description = "Language of the texts; auto detects it (default: ${DEFAULT-VALUE}). "
                    + "A given language that the text contradicts gives a warning.")
    String lang;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output form (default: ${DEFAULT-VALUE}); json gives offsets, paragraph and language.")
    SegmentFormat format;

    @Option(names = "--lines", description = "Every line break is a paragraph break "
            + "(for text pasted with one paragraph a line).")
    boolean everyLineIsParagraph;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Text files (UTF-8); '-' reads standard input.")
    List<String> files;

    @Override
    public Integer call() {
        Optional<org.presstm.lang.Language> language = LanguageOption.parse(lang);
        TextSegmentation segmentation = new TextSegmentation(new Segmenters(), everyLineIsParagraph);
        PrintWriter err = spec.commandLine().getErr();
        List<SegmentedText> results = new ArrayList<>();
        int exit = ExitCode.OK;
        for (String name : files) {
            try {
                String text = read(name);
                if (text.isBlank()) {
                    err.println("presstm: warning: " + name + ": empty file, no segments");
                    continue;
                }
                SegmentedText result = segmentation.segment(name, text, language, true);
                TextSegmentation.contradiction(result).ifPresent(w -> err.println("presstm: warning: " + w));
                results.add(result);
            } catch (InvalidInputException e) {
                err.println("presstm: error: " + e.getMessage());
                exit = ExitCode.BAD_INPUT;
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        format.write(results, out);
        out.flush();
        return exit;
    }

    private static String read(String name) {
        if (!name.equals("-")) {
            return TextFiles.readUtf8(Path.of(name));
        }
        try {
            InputStream in = System.in;
            return TextFiles.decodeUtf8(Path.of("-"), in.readAllBytes());
        } catch (IOException e) {
            throw new InvalidInputException(Path.of("-"), 0, "cannot read standard input: " + e.getMessage());
        }
    }
}
