package org.presstm.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import opennlp.tools.sentdetect.SentenceDetectorME;

import org.presstm.io.TextFiles;
import org.presstm.lang.Language;
import org.presstm.segment.SegmentFormat;
import org.presstm.segment.SegmentedText;
import org.presstm.segment.Segmenters;
import org.presstm.segment.TextSegmentation;

/**
 * {@code presstm bench segment}: sentences per second on one thread for a large input, models loaded once,
 * side by side: OpenNLP's detector alone on the same paragraphs, and the whole work of
 * {@code presstm segment} (read and decode the file, split paragraphs, detect, apply rules, format text).
 */
public final class SegmentBenchmark {
    /** One measured figure. */
    public record Figure(String what, long sentences, double seconds) {
        public double perSecond() {
            return sentences / seconds;
        }
    }

    private final Segmenters segmenters = new Segmenters();

    public List<Figure> run(Language language, String sample, int targetSentences, int rounds) {
        TextSegmentation segmentation = new TextSegmentation(segmenters, false);
        int perSample = segmentation.segment("sample", sample, Optional.of(language), false).segments().size();
        StringBuilder big = new StringBuilder();
        for (int n = 0; n < targetSentences; n += perSample) {
            big.append(sample).append("\n\n");
        }
        String text = big.toString();
        Path file = writeTemp(text);
        try {
            String[] paragraphs = text.split("\n\n+");
            SentenceDetectorME raw = new SentenceDetectorME(segmenters.models().get(language));
            Figure detector = best(rounds, () -> {
                long count = 0;
                for (String p : paragraphs) {
                    count += raw.sentPosDetect(p.replace('\n', ' ')).length;
                }
                return count;
            }, "OpenNLP SentenceDetectorME alone");
            Figure whole = best(rounds, () -> {
                SegmentedText t = segmentation.segment(file.toString(), TextFiles.readUtf8(file),
                        Optional.of(language), false);
                PrintWriter sink = new PrintWriter(Writer.nullWriter());
                SegmentFormat.TEXT.write(List.of(t), sink);
                sink.flush();
                return t.segments().size();
            }, "presstm segment (file to text output)");
            return List.of(detector, whole);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temp file left behind is harmless; the figures are what matters
            }
        }
    }

    private interface Work {
        long run();
    }

    private static Figure best(int rounds, Work work, String what) {
        work.run(); // warm-up: JIT and lazy loading out of the figures
        Figure best = null;
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            long n = work.run();
            Figure f = new Figure(what, n, (System.nanoTime() - t0) / 1e9);
            if (best == null || f.perSecond() > best.perSecond()) {
                best = f;
            }
        }
        return best;
    }

    private static Path writeTemp(String text) {
        try {
            Path f = Files.createTempFile("presstm-bench", ".txt");
            Files.writeString(f, text, StandardCharsets.UTF_8);
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
