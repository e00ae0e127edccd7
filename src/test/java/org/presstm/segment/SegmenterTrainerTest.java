package org.presstm.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import opennlp.tools.sentdetect.SentenceModel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.presstm.lang.Language;

class SegmenterTrainerTest {
    @TempDir
    Path dir;

    private static final String TRAINING = """
            Deputat prof. Əliyev çıxış edib.
            Sonra iclas davam edib.

            Görüşdə dos. Məmmədova iştirak edib.
            Tərəflər əməkdaşlığı müzakirə ediblər.
            Növbəti görüş mayda olacaq.

            Qonaq Bakıya ilk dəfə gəlib.
            O, şəhəri bəyənib.
            """;

    private Path source() throws Exception {
        Path az = Files.createDirectories(dir.resolve("src").resolve("az"));
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            many.append(TRAINING).append('\n');
        }
        Files.writeString(az.resolve("training-test.txt"), many, StandardCharsets.UTF_8);
        Files.writeString(az.resolve("abbreviations.txt"), "# test\nprof.\ndos.\n", StandardCharsets.UTF_8);
        return dir.resolve("src");
    }

    private static List<String> segment(Path model, String text) throws Exception {
        try (InputStream in = Files.newInputStream(model)) {
            SentenceSegmenter s = new SentenceSegmenter(Language.AZ, new SentenceModel(in), BoundaryRules.none(),
                    new ParagraphSplitter(false));
            return s.segment(text).stream().map(Segment::text).toList();
        }
    }

    @Test
    void trainedModelSplitsSentencesAndKeepsAbbreviations() throws Exception {
        Path model = dir.resolve("out/az.bin");
        SegmenterTrainer.Result r = new SegmenterTrainer().train(Language.AZ, source(), model);
        assertEquals(210, r.sentences());
        assertEquals(2, r.abbreviations());
        assertEquals(List.of("Görüşdə prof. Əliyev iştirak edib.", "Sonra qonaq gəlib."),
                segment(model, "Görüşdə prof. Əliyev iştirak edib. Sonra qonaq gəlib."));
    }

    @Test
    void trainingIsReproducible() throws Exception {
        Path src = source();
        Path a = dir.resolve("a.bin");
        Path b = dir.resolve("b.bin");
        new SegmenterTrainer().train(Language.AZ, src, a);
        new SegmenterTrainer().train(Language.AZ, src, b);
        String text = "Qonaq dos. Məmmədova ilə görüşüb. O, Bakını bəyənib! Növbəti görüş mayda olacaq.";
        assertEquals(segment(a, text), segment(b, text));
    }
}
