package org.presstm.xliff;

/**
 * The bands of a leverage report, as CAT tools print them (Trados, memoQ): a segment seen earlier in the
 * same release is a repetition; otherwise its best memory match decides. A context match counts as 100%.
 */
public enum MatchBand {
    REPETITION("Repetitions", 101, 101),
    EXACT("100%", 100, 100),
    HIGH("95-99%", 95, 99),
    MEDIUM("85-94%", 85, 94),
    LOW("75-84%", 75, 84),
    WEAK("50-74%", 50, 74),
    NONE("No match", 0, 49);

    /** The lowest score that the memory is asked for: below it a match is no help. */
    public static final int MIN_SCORE = 50;

    private final String label;
    private final int min;
    private final int max;

    MatchBand(String label, int min, int max) {
        this.label = label;
        this.min = min;
        this.max = max;
    }

    public String label() {
        return label;
    }

    /** The band of a best score (0 when there is no match). */
    public static MatchBand of(int score) {
        for (MatchBand b : values()) {
            if (b != REPETITION && score >= b.min && score <= b.max) {
                return b;
            }
        }
        throw new IllegalArgumentException("score out of 0..100: " + score);
    }

    /** The name used in the manifest: "repetition", "exact", "95-99"... */
    public String key() {
        return switch (this) {
            case REPETITION -> "repetition";
            case EXACT -> "exact";
            case NONE -> "none";
            default -> min + "-" + max;
        };
    }

    public static MatchBand ofKey(String key) {
        for (MatchBand b : values()) {
            if (b.key().equals(key)) {
                return b;
            }
        }
        throw new IllegalArgumentException("unknown match band '" + key + "'");
    }
}
