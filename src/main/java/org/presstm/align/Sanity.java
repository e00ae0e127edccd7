package org.presstm.align;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a finished alignment for input that is not a pair of translations (a wrong file, one version cut
 * to a stub): most sentences left out, or almost no bead backed by a shared anchor. Such an alignment keeps
 * its beads but with every confidence below {@link Alignment#LOW}, and a warning, so that nothing of it
 * reaches a memory unasked. Stateless.
 */
final class Sanity {
    private static final int MIN_SENTENCES = 3;

    private Sanity() {
    }

    static Alignment check(Alignment a, int sourceSize, int targetSize) {
        List<String> warnings = new ArrayList<>(a.warnings());
        long omitted = a.beads().stream().filter(Bead::isOmission)
                .mapToLong(b -> b.source().size() + b.target().size()).sum();
        long paired = a.beads().stream().filter(b -> !b.isOmission()).count();
        long anchored = a.beads().stream().filter(b -> !b.isOmission() && b.confidence() >= 0.85).count();
        String pair = a.source() + "-" + a.target();
        if (sourceSize + targetSize > 0 && omitted > 0.6 * (sourceSize + targetSize)) {
            warnings.add(pair + ": " + omitted + " of " + (sourceSize + targetSize)
                    + " sentences have no counterpart: are these versions of the same text?");
        } else if (Math.min(sourceSize, targetSize) >= MIN_SENTENCES && paired > 0 && anchored < 0.2 * paired) {
            warnings.add(pair + ": only " + anchored + " of " + paired
                    + " beads share a number, name or word: are these versions of the same text?");
        }
        double ratio = (sourceSize + 1.0) / (targetSize + 1.0);
        if (ratio > 3 || ratio < 1 / 3.0) {
            warnings.add(pair + ": very different lengths (" + sourceSize + " and " + targetSize + " sentences)");
        }
        if (warnings.size() == a.warnings().size()) {
            return a;
        }
        List<Bead> low = a.beads().stream().map(b -> new Bead(b.source(), b.target(),
                Math.min(b.confidence(), Alignment.LOW - 0.01))).toList();
        return new Alignment(a.source(), a.target(), low, warnings);
    }
}
