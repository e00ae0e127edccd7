package org.presstm.align;

/**
 * A bead's confidence from its own evidence, a logistic function of the anchor weight its sides share,
 * the weight only one side has, and its length cost: a 1-1 bead with no anchors and a fitting length is
 * about 0.7, one shared name or number lifts it above 0.9, a length far off or anchors that disagree bring
 * it under {@link Alignment#LOW}. An omission is sure when the sentence left out holds nothing the other
 * version has. Stateless.
 */
final class Confidence {
    private Confidence() {
    }

    /** @param evidence {shared weight, missed weight, length cost} as {@link BeadCost#evidence} gives them */
    static double of(double[] evidence, boolean omission) {
        double shared = evidence[0];
        double missed = evidence[1];
        double length = evidence[2];
        double score = omission ? 1.0 - 0.8 * missed : 0.8 + 1.5 * shared - 0.5 * missed - 0.6 * length;
        return round(1 / (1 + Math.exp(-score)));
    }

    private static double round(double p) {
        return Math.round(p * 1000) / 1000.0;
    }
}
