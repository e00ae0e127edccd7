package org.presstm.align;

import java.util.List;
import java.util.Objects;

import org.presstm.lang.Language;

/**
 * The alignment of two versions of a text: beads in text order covering every sentence of both sides.
 *
 * @param source   the language of the source side
 * @param target   the language of the target side
 * @param beads    in order; together they cover each sentence of each side exactly once
 * @param warnings what looked wrong with the input (not translations of each other, an empty side), if anything
 */
public record Alignment(Language source, Language target, List<Bead> beads, List<String> warnings) {
    /** Beads under this confidence are low: not written to a memory unless asked, marked for review. */
    public static final double LOW = 0.5;

    public Alignment {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        beads = List.copyOf(beads);
        warnings = List.copyOf(warnings);
    }

    /** The share of beads below {@link #LOW}, from 0 to 1 (0 for no beads). */
    public double lowShare() {
        return beads.isEmpty() ? 0 : beads.stream().filter(b -> b.confidence() < LOW).count() / (double) beads.size();
    }
}
