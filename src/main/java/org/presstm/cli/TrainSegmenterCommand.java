package org.presstm.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.presstm.lang.Language;
import org.presstm.segment.SegmenterTrainer;

/** {@code presstm train-segmenter}: rebuild the shipped az and ru sentence models from the project's text. */
@Command(name = "train-segmenter", mixinStandardHelpOptions = true,
        description = {"Train the OpenNLP sentence models of presstm from the project's own training text.",
                "Reads SOURCE/<lang>/training*.txt (one sentence a line, blank line between paragraphs) and",
                "SOURCE/<lang>/abbreviations.txt; writes OUT/<lang>/sentence-model.bin.",
                "Run it in the source tree and rebuild (mvn package) to ship the new models."})
final class TrainSegmenterCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--lang", paramLabel = "LANGS", defaultValue = "az,ru",
            description = "Languages to train (default: ${DEFAULT-VALUE}; English uses the official model).")
    String langs;

    @Option(names = "--source", paramLabel = "DIR", defaultValue = "src/main/resources/segment",
            description = "Folder of training text (default: ${DEFAULT-VALUE}).")
    Path source;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Folder for the models (default: the source folder).")
    Path output;

    @Override
    public Integer call() {
        SegmenterTrainer trainer = new SegmenterTrainer();
        for (Language lang : LanguageOption.parseList(langs)) {
            Path model = (output != null ? output : source).resolve(lang.code()).resolve("sentence-model.bin");
            SegmenterTrainer.Result r = trainer.train(lang, source, model);
            spec.commandLine().getOut().printf("%s: %d sentences in %d paragraphs, %d abbreviations -> %s%n",
                    lang, r.sentences(), r.paragraphs(), r.abbreviations(), r.model());
        }
        return ExitCode.OK;
    }
}
