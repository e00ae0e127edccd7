package org.presstm.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import org.presstm.InvalidInputException;
import org.presstm.lang.Language;
import org.presstm.segment.ParagraphSplitter;
import org.presstm.segment.Segment;
import org.presstm.segment.Segmenter;
import org.presstm.segment.Segmenters;
import org.presstm.segment.SentenceModels;
import org.presstm.segment.SentenceSegmenter;
import org.presstm.segment.BoundaryRules;

/**
 * {@code presstm eval segment}: boundary precision, recall and F1 inside paragraphs, per language, for
 * presstm's segmenter and, in the same run, for two baselines (Okapi's default SRX rules and OpenNLP's
 * English model applied as-is to every language). Items are folders holding {@code L.txt} beside
 * {@code gold/L.sent}, as in {@code ../shared/corpus}.
 */
public final class SegmentationEvaluation {
    /** A system under evaluation: a name and a way to make its segmenter for a language. */
    public record System(String name, Function<Language, Segmenter> factory) {
    }

    private final List<System> systems;

    public SegmentationEvaluation(List<System> systems) {
        this.systems = List.copyOf(systems);
    }

    /** presstm, Okapi SRX and OpenNLP-en as-is, sharing one model cache. */
    public static SegmentationEvaluation standard(SentenceModels models) {
        Segmenters ours = new Segmenters(models);
        return new SegmentationEvaluation(List.of(
                new System("presstm", lang -> ours.forLanguage(lang, false)),
                new System("okapi-srx", SrxSegmenter::new),
                new System("opennlp-en", lang -> new SentenceSegmenter(lang, models.get(Language.EN),
                        BoundaryRules.none(), new ParagraphSplitter(false)))));
    }

    /** Finds the gold items under {@code dir}: every {@code gold/L.sent} with its {@code L.txt}. */
    public static List<GoldSegmentation> findItems(Path dir, List<Language> languages) {
        if (!Files.isDirectory(dir)) {
            throw new InvalidInputException(dir, 0, "not a folder of gold items");
        }
        List<GoldSegmentation> items = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> golds = walk.filter(p -> p.getFileName().toString().endsWith(".sent")
                    && p.getParent() != null && p.getParent().getFileName().toString().equals("gold"))
                    .sorted().toList();
            for (Path gold : golds) {
                String code = gold.getFileName().toString().replace(".sent", "");
                Language lang = Language.fromTag(code).orElse(null);
                Path text = gold.getParent().getParent().resolve(code + ".txt");
                if (lang != null && languages.contains(lang) && Files.isRegularFile(text)) {
                    items.add(GoldSegmentation.read(text, gold, lang));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return items;
    }

    /** Scores every system on every item; prints a table and, if {@code errors} is set, every miss. */
    public Map<String, Map<Language, BoundaryScore>> run(List<GoldSegmentation> items, PrintWriter errors) {
        Map<String, Map<Language, BoundaryScore>> table = new LinkedHashMap<>();
        for (System system : systems) {
            Map<Language, BoundaryScore> perLang = new EnumMap<>(Language.class);
            Map<Language, Segmenter> segmenters = new EnumMap<>(Language.class);
            for (GoldSegmentation item : items) {
                Segmenter seg = segmenters.computeIfAbsent(item.language(), system.factory());
                BoundaryScore s = score(item, seg.segment(item.text()),
                        errors != null && system.name().equals("presstm") ? errors : null);
                perLang.merge(item.language(), s, BoundaryScore::plus);
            }
            table.put(system.name(), perLang);
        }
        return table;
    }

    static BoundaryScore score(GoldSegmentation item, List<Segment> segments, PrintWriter errors) {
        TreeSet<Integer> found = new TreeSet<>();
        StringBuilder squeezed = new StringBuilder();
        for (Segment s : segments) {
            squeezed.append(GoldSegmentation.squeeze(s.text()));
            found.add(squeezed.length());
        }
        if (!squeezed.toString().equals(item.squeezedGold())) {
            throw new InvalidInputException(item.textFile(), 0,
                    "text and gold segmentation differ in their non-space characters");
        }
        found.removeAll(item.paragraphEnds());
        found.remove(squeezed.length());
        int correct = 0;
        for (int b : found) {
            if (item.innerBoundaries().contains(b)) {
                correct++;
            } else if (errors != null) {
                errors.println("FALSE " + item.textFile() + ": " + context(item.squeezedGold(), b));
            }
        }
        if (errors != null) {
            for (int b : item.innerBoundaries()) {
                if (!found.contains(b)) {
                    errors.println("MISS  " + item.textFile() + ": " + context(item.squeezedGold(), b));
                }
            }
        }
        return new BoundaryScore(item.innerBoundaries().size(), found.size(), correct);
    }

    private static String context(String squeezed, int b) {
        return squeezed.substring(Math.max(0, b - 40), b) + " ‖ "
                + squeezed.substring(b, Math.min(squeezed.length(), b + 30));
    }

    public static void print(Map<String, Map<Language, BoundaryScore>> table, int items, PrintWriter out) {
        out.printf("sentence boundaries inside paragraphs, %d items%n", items);
        out.printf("%-4s %-11s %6s %6s %7s %7s %7s %7s%n", "lang", "system", "gold", "found", "correct",
                "P", "R", "F1");
        for (Language lang : Language.values()) {
            for (Map.Entry<String, Map<Language, BoundaryScore>> e : table.entrySet()) {
                BoundaryScore s = e.getValue().get(lang);
                if (s != null) {
                    out.printf("%-4s %-11s %6d %6d %7d %7.4f %7.4f %7.4f%n", lang, e.getKey(), s.gold(),
                            s.found(), s.correct(), s.precision(), s.recall(), s.f1());
                }
            }
        }
    }
}
