package org.presstm.align;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.presstm.glossary.TermMatcher;

/**
 * Sentence alignment of two versions of a text by dynamic programming over beads 1-1, 1-0, 0-1, 2-1, 1-2,
 * 2-2, 1-3 and 3-1, as in Gale and Church (1993) and hunalign (Varga et al. 2005), with a cost
 * ({@link BeadCost}) that adds to their length evidence anchors that cross scripts: numbers and dates,
 * names and international words, lexicon words, acronyms, glossary terms, quotations, paragraph ends. Long
 * inputs are searched in a band around the diagonal. Each bead gets a confidence from its own evidence.
 * Thread-safe if the {@link TermMatcher} is (it is).
 */
public final class Aligner {
    /** The bead shapes searched, as {source sentences, target sentences}. */
    static final int[][] SHAPES = {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {2, 2}, {1, 3}, {3, 1}};
    /** The shapes from this index on merge sentences; the cheaper ones before them are weighed first. */
    private static final int FIRST_MERGED = 3;
    private static final int FULL_SEARCH_CELLS = 2_000_000;

    private final AnchorExtractor extractor;

    public Aligner(TermMatcher terms) {
        this.extractor = new AnchorExtractor(terms);
    }

    public Aligner() {
        this(null);
    }

    /** The text with the anchors of its sentences. */
    public AnchoredText anchor(AlignText text) {
        List<List<String>> anchors = new ArrayList<>(text.size());
        List<List<String>> names = new ArrayList<>(text.size());
        for (String s : text.sentences()) {
            AnchorExtractor.Extracted e = extractor.extract(s, text.language());
            anchors.add(e.anchors());
            names.add(e.names());
        }
        return new AnchoredText(text, anchors, names);
    }

    public Alignment align(AlignText source, AlignText target) {
        return align(anchor(source), anchor(target));
    }

    public Alignment align(AnchoredText source, AnchoredText target) {
        var s = source.text();
        var t = target.text();
        List<String> warnings = new ArrayList<>();
        if (s.size() == 0 || t.size() == 0) {
            warnings.add((s.size() == 0 ? s.language() : t.language()) + " version is empty: nothing to align");
        }
        BeadCost cost = new BeadCost(LengthModel.forPair(s.language(), t.language()), source, target);
        List<Bead> beads = search(cost);
        Alignment alignment = new Alignment(s.language(), t.language(), beads, warnings);
        return Sanity.check(alignment, s.size(), t.size());
    }

    /** The cheapest path of beads through the n × m grid (within the band), with confidences. */
    static List<Bead> search(BeadCost cost) {
        int n = cost.sourceSize();
        int m = cost.targetSize();
        Band band = Band.of(n, m, FULL_SEARCH_CELLS);
        double[][] best = new double[n + 1][];
        byte[][] from = new byte[n + 1][];
        for (int i = 0; i <= n; i++) {
            best[i] = new double[band.width(i)];
            from[i] = new byte[band.width(i)];
            java.util.Arrays.fill(best[i], Double.POSITIVE_INFINITY);
        }
        best[0][0 - band.lo(0)] = 0;
        for (int i = 0; i <= n; i++) {
            for (int j = band.lo(i); j <= band.hi(i); j++) {
                relax(cost, band, best, from, i, j);
            }
        }
        return backtrace(cost, band, from, n, m);
    }

    private static void relax(BeadCost cost, Band band, double[][] best, byte[][] from, int i, int j) {
        if (i == 0 && j == 0) {
            return;
        }
        double min = Double.POSITIVE_INFINITY;
        int arg = -1;
        for (int k = 0; k < SHAPES.length; k++) {
            int pi = i - SHAPES[k][0];
            int pj = j - SHAPES[k][1];
            if (pi < 0 || pj < 0 || !band.contains(pi, pj)) {
                continue;
            }
            double prev = best[pi][pj - band.lo(pi)];
            if (prev == Double.POSITIVE_INFINITY) {
                continue;
            }
            if (k >= FIRST_MERGED && prev + cost.mergedLowerBound(pi, i, pj, j) >= min) {
                continue; // cannot beat what this cell has: no need to weigh the bead's evidence
            }
            double c = prev + cost.cost(pi, i, pj, j);
            if (c < min) {
                min = c;
                arg = k;
            }
        }
        best[i][j - band.lo(i)] = min;
        from[i][j - band.lo(i)] = (byte) arg;
    }

    private static List<Bead> backtrace(BeadCost cost, Band band, byte[][] from, int n, int m) {
        List<Bead> beads = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            int k = from[i][j - band.lo(i)];
            if (k < 0) {
                throw new IllegalStateException("no alignment path reaches (" + i + ", " + j + ")");
            }
            int pi = i - SHAPES[k][0];
            int pj = j - SHAPES[k][1];
            beads.add(Bead.of(pi, i, pj, j, Confidence.of(cost.evidence(pi, i, pj, j), pi == i || pj == j)));
            i = pi;
            j = pj;
        }
        Collections.reverse(beads);
        return beads;
    }
}
