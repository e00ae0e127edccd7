package org.presstm.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.presstm.align.Bead;

/**
 * Alignment precision and recall as Vecalign's scorer (Thompson and Koehn 2019, {@code score.py}) counts
 * them: an n-m bead is one item; strict, a bead counts only if the gold has the identical bead; lax, also
 * if it shares at least one source and one target sentence with a gold bead. Precision is over the
 * predicted beads; recall swaps the roles and leaves out beads with an empty side on both. Counts add up
 * over documents (micro-average), as {@code score_multiple} does.
 */
public record AlignmentScore(int strictTpP, int strictFpP, int laxTpP, int laxFpP, int strictTpR, int strictFpR,
        int laxTpR, int laxFpR) {
    public static final AlignmentScore ZERO = new AlignmentScore(0, 0, 0, 0, 0, 0, 0, 0);

    public static AlignmentScore of(List<Bead> gold, List<Bead> test) {
        int[] p = counts(gold, test);
        int[] r = counts(test.stream().filter(b -> !b.isOmission()).toList(),
                gold.stream().filter(b -> !b.isOmission()).toList());
        return new AlignmentScore(p[0], p[1], p[2], p[3], r[0], r[1], r[2], r[3]);
    }

    /** {strict tp, strict fp, lax tp, lax fp} of {@code test} against {@code gold}. */
    private static int[] counts(List<Bead> gold, List<Bead> test) {
        Set<String> goldKeys = new HashSet<>();
        gold.forEach(b -> goldKeys.add(b.toString()));
        int[] c = new int[4];
        for (Bead t : test) {
            if (goldKeys.contains(t.toString())) {
                c[0]++;
                c[2]++;
                continue;
            }
            c[1]++;
            boolean overlaps = gold.stream().anyMatch(g -> intersects(g.source(), t.source())
                    && intersects(g.target(), t.target()));
            c[overlaps ? 2 : 3]++;
        }
        return c;
    }

    private static boolean intersects(List<Integer> a, List<Integer> b) {
        return a.stream().anyMatch(b::contains);
    }

    public AlignmentScore plus(AlignmentScore o) {
        return new AlignmentScore(strictTpP + o.strictTpP, strictFpP + o.strictFpP, laxTpP + o.laxTpP,
                laxFpP + o.laxFpP, strictTpR + o.strictTpR, strictFpR + o.strictFpR, laxTpR + o.laxTpR,
                laxFpR + o.laxFpR);
    }

    public double strictPrecision() {
        return ratio(strictTpP, strictFpP);
    }

    public double strictRecall() {
        return ratio(strictTpR, strictFpR);
    }

    public double laxPrecision() {
        return ratio(laxTpP, laxFpP);
    }

    public double laxRecall() {
        return ratio(laxTpR, laxFpR);
    }

    public double strictF1() {
        return f1(strictPrecision(), strictRecall());
    }

    public double laxF1() {
        return f1(laxPrecision(), laxRecall());
    }

    private static double ratio(int tp, int fp) {
        return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
