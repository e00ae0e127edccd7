package org.presstm.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.presstm.align.AlignText;
import org.presstm.align.Aligner;
import org.presstm.align.Bead;

/**
 * {@code presstm eval align}: strict and lax precision, recall and F1 ({@link AlignmentScore}) per corpus
 * part and language pair, for presstm's {@link Aligner} and, in the same run and on the same presegmented
 * input, for hunalign ({@link Hunalign}) when node and the package are there.
 */
public final class AlignmentEvaluation {
    /** Scores by row: "ntrex az-en presstm". */
    public record Table(Map<String, AlignmentScore> rows, Map<String, Integer> items, Optional<String> hunalignMissing) {
    }

    private final Aligner aligner;

    public AlignmentEvaluation(Aligner aligner) {
        this.aligner = aligner;
    }

    /** @param errors where to list presstm's wrong beads, or null */
    public Table run(List<GoldAlignment> items, boolean withHunalign, PrintWriter errors) {
        Map<String, AlignmentScore> rows = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (GoldAlignment g : items) {
            List<Bead> test = aligner.align(AlignText.of(g.sourceLanguage(), g.source()),
                    AlignText.of(g.targetLanguage(), g.target())).beads();
            rows.merge(key(g, "presstm"), AlignmentScore.of(g.gold(), test), AlignmentScore::plus);
            counts.merge(g.group() + " " + g.pair(), 1, Integer::sum);
            if (errors != null) {
                listErrors(g, test, errors);
            }
        }
        Optional<String> missing = withHunalign ? Hunalign.missing() : Optional.of("not asked for");
        if (missing.isEmpty()) {
            Hunalign h = Hunalign.find().orElseThrow();
            List<List<Bead>> ladders = h.align(items.stream().map(GoldAlignment::source).toList(),
                    items.stream().map(GoldAlignment::target).toList());
            for (int k = 0; k < items.size(); k++) {
                GoldAlignment g = items.get(k);
                rows.merge(key(g, "hunalign"), AlignmentScore.of(g.gold(), ladders.get(k)), AlignmentScore::plus);
            }
        }
        return new Table(rows, counts, missing);
    }

    private static String key(GoldAlignment g, String system) {
        return g.group() + " " + g.pair() + " " + system;
    }

    private static void listErrors(GoldAlignment g, List<Bead> test, PrintWriter out) {
        List<String> gold = g.gold().stream().map(Bead::toString).toList();
        List<String> got = test.stream().map(Bead::toString).toList();
        List<String> wrong = new ArrayList<>(got);
        wrong.removeAll(gold);
        List<String> missed = new ArrayList<>(gold);
        missed.removeAll(got);
        if (!wrong.isEmpty() || !missed.isEmpty()) {
            out.println(g.dir() + ": predicted " + wrong + " gold " + missed);
        }
    }

    public static void print(Table table, PrintWriter out) {
        out.printf("sentence alignment, Vecalign's scoring (strict | lax)%n");
        out.printf("%-9s %-6s %-9s %5s  %6s %6s %6s | %6s %6s %6s%n", "part", "pair", "system", "docs",
                "P", "R", "F1", "P", "R", "F1");
        for (Map.Entry<String, AlignmentScore> e : table.rows().entrySet()) {
            String[] k = e.getKey().split(" ");
            AlignmentScore s = e.getValue();
            out.printf("%-9s %-6s %-9s %5d  %6.4f %6.4f %6.4f | %6.4f %6.4f %6.4f%n", k[0], k[1], k[2],
                    table.items().get(k[0] + " " + k[1]), s.strictPrecision(), s.strictRecall(), s.strictF1(),
                    s.laxPrecision(), s.laxRecall(), s.laxF1());
        }
        table.hunalignMissing().ifPresent(reason -> out.println("hunalign skipped: " + reason));
    }
}
