package org.presstm.align;

import org.presstm.lang.Language;

/**
 * The length evidence of Gale and Church (1993): the characters of a translation are about {@code ratio}
 * times those of its source, with a variance that grows with the length. A bead whose lengths are
 * {@code delta} standard deviations off costs {@code -log(2(1 - Phi(|delta|)))}. Ratios and variances per
 * language pair are fitted on 1-1 beads (characters without white space) and kept in
 * {@code align/length.txt}; {@link #adapted} moves the ratio towards the one of the document at hand, since
 * a free translation can be wordier throughout. Immutable.
 *
 * @param ratio    target characters per source character
 * @param variance of the target length per source character
 */
public record LengthModel(double ratio, double variance) {
    private static final double MAX_COST = 12;

    public LengthModel {
        if (!(ratio > 0) || !(variance > 0)) {
            throw new IllegalArgumentException("bad length model ratio " + ratio + ", variance " + variance);
        }
    }

    /** The fitted model of a language pair (either direction). */
    public static LengthModel forPair(Language source, Language target) {
        for (String line : AlignData.lines("length.txt")) {
            String[] c = line.split("\\s+");
            if (c[0].equals(source.code()) && c[1].equals(target.code())) {
                return new LengthModel(Double.parseDouble(c[2]), Double.parseDouble(c[3]));
            }
            if (c[1].equals(source.code()) && c[0].equals(target.code())) {
                double r = Double.parseDouble(c[2]);
                return new LengthModel(1 / r, Double.parseDouble(c[3]) / r);
            }
        }
        return new LengthModel(1.0, 6.0);
    }

    /** This model with the ratio moved halfway (geometrically) to the document's, within 30% of the fit. */
    public LengthModel adapted(long sourceChars, long targetChars) {
        if (sourceChars < 200 || targetChars < 200) {
            return this;
        }
        double doc = Math.max(ratio / 1.3, Math.min(ratio * 1.3, targetChars / (double) sourceChars));
        return new LengthModel(Math.sqrt(ratio * doc), variance);
    }

    /** The cost of a bead with these lengths (0 for a perfect ratio). */
    public double cost(int sourceChars, int targetChars) {
        double mean = (sourceChars + targetChars / ratio) / 2;
        double delta = (targetChars - ratio * sourceChars) / Math.sqrt(variance * Math.max(mean, 1));
        double tail = erfc(Math.abs(delta) / Math.sqrt(2));
        return tail <= 0 ? MAX_COST : Math.min(MAX_COST, -Math.log(tail));
    }

    /** Complementary error function (Numerical Recipes' erfcc, fractional error under 1.2e-7). */
    static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1 / (1 + 0.5 * z);
        double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409191 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }
}
