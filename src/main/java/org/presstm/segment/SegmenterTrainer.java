package org.presstm.segment;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.SentenceSample;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;
import opennlp.tools.util.TrainingParameters;

import org.presstm.InvalidInputException;
import org.presstm.io.TextFiles;
import org.presstm.lang.Language;

/**
 * Trains the OpenNLP sentence model of a language from the project's own training text
 * ({@code <lang>/training*.txt}: one sentence a line, a blank line between paragraphs) and its list of
 * abbreviations that never end a sentence ({@code <lang>/abbreviations.txt}). Training is deterministic
 * (maximum entropy, GIS, fixed iterations and cut-off): the same files give a model that segments alike.
 */
public final class SegmenterTrainer {
    /** Sentence-final characters: OpenNLP's defaults plus the ellipsis character. */
    static final char[] END_CHARACTERS = {'.', '!', '?', '…'};
    static final int ITERATIONS = 150;
    static final int CUTOFF = 5;

    /** The result of a training run, for the command to report. */
    public record Result(Language language, Path model, int sentences, int paragraphs, int abbreviations) {
    }

    /** Trains the model of {@code language} from {@code sourceDir/<lang>/} and writes it to {@code modelFile}. */
    public Result train(Language language, Path sourceDir, Path modelFile) {
        Path langDir = sourceDir.resolve(language.code());
        List<Path> trainingFiles = trainingFiles(langDir);
        if (trainingFiles.isEmpty()) {
            throw new InvalidInputException(langDir, 0, "no training*.txt files for " + language.englishName());
        }
        List<SentenceSample> samples = new ArrayList<>();
        int sentences = 0;
        for (Path f : trainingFiles) {
            for (List<String> paragraph : paragraphs(TextFiles.readUtf8(f))) {
                samples.add(sample(paragraph));
                sentences += paragraph.size();
            }
        }
        Dictionary abbreviations = readAbbreviations(langDir.resolve("abbreviations.txt"));
        SentenceModel model = train(language, samples, abbreviations);
        try {
            Files.createDirectories(modelFile.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(modelFile)) {
                model.serialize(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + modelFile, e);
        }
        return new Result(language, modelFile, sentences, samples.size(), abbreviations.size());
    }

    static SentenceModel train(Language language, List<SentenceSample> samples, Dictionary abbreviations) {
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        SentenceDetectorFactory factory = new SentenceDetectorFactory(language.code(), true, abbreviations,
                END_CHARACTERS);
        try (ObjectStream<SentenceSample> stream = ObjectStreamUtils.createObjectStream(samples)) {
            return SentenceDetectorME.train(language.code(), stream, factory, params);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A paragraph as OpenNLP's training sample: its sentences joined by single spaces. */
    static SentenceSample sample(List<String> sentences) {
        StringBuilder text = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        for (String s : sentences) {
            if (text.length() > 0) {
                text.append(' ');
            }
            int start = text.length();
            text.append(s);
            spans.add(new Span(start, text.length()));
        }
        return new SentenceSample(text, spans.toArray(new Span[0]));
    }

    static List<List<String>> paragraphs(String text) {
        List<List<String>> out = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : text.split("\r?\n", -1)) {
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    out.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(line.strip());
            }
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    /** Reads an abbreviation list: one abbreviation a line with its dot, '#' starts a comment. */
    public static Dictionary readAbbreviations(Path file) {
        Dictionary dict = new Dictionary(true);
        if (!Files.isRegularFile(file)) {
            return dict;
        }
        for (String entry : AbbreviationList.parse(TextFiles.readUtf8(file))) {
            dict.put(new StringList(entry));
        }
        return dict;
    }

    private static List<Path> trainingFiles(Path langDir) {
        if (!Files.isDirectory(langDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(langDir)) {
            return files.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith("training") && n.endsWith(".txt");
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
