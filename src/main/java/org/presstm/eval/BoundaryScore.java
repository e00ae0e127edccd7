package org.presstm.eval;

/**
 * Precision, recall and F1 of predicted boundaries against gold ones; counts add up over documents.
 */
public record BoundaryScore(int gold, int found, int correct) {
    public static final BoundaryScore ZERO = new BoundaryScore(0, 0, 0);

    public BoundaryScore plus(BoundaryScore o) {
        return new BoundaryScore(gold + o.gold, found + o.found, correct + o.correct);
    }

    public double precision() {
        return found == 0 ? 1.0 : (double) correct / found;
    }

    public double recall() {
        return gold == 0 ? 1.0 : (double) correct / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
