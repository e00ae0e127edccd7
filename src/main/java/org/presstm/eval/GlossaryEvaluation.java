package org.presstm.eval;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.presstm.InvalidInputException;
import org.presstm.glossary.Glossary;
import org.presstm.glossary.TermHit;
import org.presstm.io.TextFiles;
import org.presstm.lang.Language;

/**
 * Precision and recall of {@code glossary scan} against a gold of term occurrences. The gold is a TSV file of
 * offsets and concept ids only ({@code item lang start end concept}, UTF-16 offsets into
 * {@code <corpus>/<item>/<lang>.txt}), so that it holds no text of the corpus. An occurrence counts as found
 * when the scan reports the same span with the same concept. Not thread-safe (keeps its tallies).
 */
public final class GlossaryEvaluation {
    /** One gold or found occurrence. */
    public record Occurrence(String item, Language language, int start, int end, String concept) {
    }

    /** Tallies of one language. */
    public record Score(int gold, int found, int correct) {
        public double precision() {
            return found == 0 ? 1 : (double) correct / found;
        }

        public double recall() {
            return gold == 0 ? 1 : (double) correct / gold;
        }
    }

    private GlossaryEvaluation() {
    }

    public static List<Occurrence> readGold(Path file) {
        List<Occurrence> out = new ArrayList<>();
        String[] lines = TextFiles.readUtf8(file).split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 5) {
                throw new InvalidInputException(file, i + 1, "expected 5 tab-separated fields: item lang start end concept");
            }
            try {
                out.add(new Occurrence(f[0], Language.of(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]), f[4]));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(file, i + 1, e.getMessage());
            }
        }
        return out;
    }

    /**
     * Scans every text the gold names and scores the result per language.
     *
     * @param errors where to list misses (-) and false hits (+), or null
     */
    public static Map<Language, Score> run(Glossary glossary, Path corpus, List<Occurrence> gold, PrintWriter errors) {
        Map<String, Set<Occurrence>> goldByText = new LinkedHashMap<>();
        for (Occurrence o : gold) {
            goldByText.computeIfAbsent(o.item() + "/" + o.language().code(), k -> new HashSet<>()).add(o);
        }
        Map<Language, int[]> tallies = new EnumMap<>(Language.class);
        for (Map.Entry<String, Set<Occurrence>> e : goldByText.entrySet()) {
            Occurrence any = e.getValue().iterator().next();
            Path file = corpus.resolve(any.item()).resolve(any.language().code() + ".txt");
            if (!Files.isRegularFile(file)) {
                throw new InvalidInputException(file, 0, "named in the gold but missing");
            }
            Set<Occurrence> found = new HashSet<>();
            for (TermHit h : glossary.scan(TextFiles.readUtf8(file), any.language())) {
                found.add(new Occurrence(any.item(), any.language(), h.start(), h.end(), h.concept().id()));
            }
            int[] t = tallies.computeIfAbsent(any.language(), k -> new int[3]);
            t[0] += e.getValue().size();
            t[1] += found.size();
            found.stream().filter(e.getValue()::contains).forEach(o -> t[2]++);
            if (errors != null) {
                e.getValue().stream().filter(o -> !found.contains(o)).forEach(o -> errors.println("- " + o));
                found.stream().filter(o -> !e.getValue().contains(o)).forEach(o -> errors.println("+ " + o));
            }
        }
        Map<Language, Score> scores = new EnumMap<>(Language.class);
        tallies.forEach((l, t) -> scores.put(l, new Score(t[0], t[1], t[2])));
        return scores;
    }

    public static void print(Map<Language, Score> scores, PrintWriter out) {
        out.printf("%-4s %6s %6s %8s %9s %7s%n", "lang", "gold", "found", "correct", "precision", "recall");
        int g = 0;
        int f = 0;
        int c = 0;
        for (Map.Entry<Language, Score> e : scores.entrySet()) {
            Score s = e.getValue();
            out.printf("%-4s %6d %6d %8d %9.3f %7.3f%n", e.getKey(), s.gold(), s.found(), s.correct(), s.precision(),
                    s.recall());
            g += s.gold();
            f += s.found();
            c += s.correct();
        }
        Score all = new Score(g, f, c);
        out.printf("%-4s %6d %6d %8d %9.3f %7.3f%n", "all", g, f, c, all.precision(), all.recall());
    }
}
