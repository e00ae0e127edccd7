package org.presstm.align;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cost of a bead between two anchored texts, lower is better: Gale and Church's length cost plus the
 * prior of the bead's shape, minus the weight of the anchors both sides share, plus the weight of those
 * only one side has. Only anchors that occur somewhere in both texts take part, so a name that one version
 * never mentions is no evidence against any bead; an anchor's weight is that of its kind divided by how
 * many sentences hold it (an inverse document frequency, as in Moore 2002 and hunalign's dictionary score),
 * so a word every sentence repeats decides nothing. Paragraph ends are soft boundaries: a bead that runs over
 * one, or starts a paragraph on one side only, pays a little. Not thread-safe (scratch buffers).
 */
final class BeadCost {
    /** How much a shared anchor of weight 1 lowers a bead's cost. */
    static final double MATCH = 3.0;
    /** A headline, date line or byline merged with another segment (they stand alone in every version). */
    static final double MERGE_FRAME = 10.0;
    /**
     * A source line merged with other sentences: a bonus where the other side names a source (it then says
     * the same), else a cost.
     */
    static final double MERGE_SOURCE = 2.0;
    /** The bonus of a source line merged into a bead whose other side names a source: it pays the merge. */
    static final double SOURCE_NAMED = 3.0;
    /** A headline paired with a first segment that has final punctuation (a headline ending in "?"). */
    static final double KIND_MISMATCH = 0.3;
    /** A headline, date line or byline paired with a segment of another kind, or bylines of two agencies. */
    static final double ROLE_CLASH = 10.0;
    /** Headline paired with headline, date line with date line: the same place in the frame of a release. */
    static final double ROLE_MATCH = 3.0;
    /** A source line paired with a sentence that is not one. */
    static final double SOURCE_PAIR = 1.5;
    /** The cost of a merged sentence that shares no anchor with the other side. */
    static final double IDLE = 1.5;
    /** How much an anchor of weight 1 present on one side only raises it. */
    static final double MISS = 0.6;
    /** The cost of leaving a sentence out (plus the anchors it holds that the other side has). */
    static final double SKIP = 2.2;
    /** Leaving out a headline, date line, byline or source line, which each agency writes its own way. */
    static final double SKIP_FRAME = 0.5;
    /**
     * Leaving out a sentence after the other version has ended on a fragment, so is known to be cut short:
     * one cut, not many drops. (Without a fragment, an end left over costs {@link #SKIP}: a discount there
     * only moves omissions to the end.)
     */
    static final double SKIP_CUT = 0.6;
    /** How much of the anchors of a left-out frame segment count against leaving it out. */
    static final double FRAME_MISS = 0.5;
    /** -log priors of merged shapes, relative to 1-1 (free translations merge more than Gale and Church saw). */
    static final double M21 = 3.0;
    static final double M22 = 6.0;
    static final double M13 = 7.0;
    /** The weight of the length cost: anchors, where there are any, know better. */
    static final double LW = 0.6;
    static final double PARAGRAPH_CROSS = 2.0;
    static final double PARAGRAPH_START = 0.4;
    /**
     * How much each name or number of a sentence that the other version has nowhere lowers the cost of
     * leaving the sentence out (at most {@link #ORPHAN_CAP} of them count), and raises the cost of merging
     * it into a bead: a translation keeps names and numbers, so a sentence whose names the other version
     * lacks is most likely one it dropped or never had (omission detection).
     */
    static final double ORPHAN_SKIP = 0.4;
    static final double ORPHAN_MERGE = 0.8;
    static final double ORPHAN_CAP = 4;

    private final LengthModel length;
    private final Side src;
    private final Side tgt;
    private final double[] weight;
    private final int[][][] spansS;
    private final int[][][] spansT;
    private final double[] ownS;
    private final double[] ownT;
    /** The anchor weight of the unions of 2 and 3 neighbouring sentences, as {@link #spansS} holds them. */
    private final double[][] spanWeightS;
    private final double[][] spanWeightT;
    /** Per side, how many source lines come before each sentence. */
    private final int[] sourceLinesS;
    private final int[] sourceLinesT;
    private final double[] orphanS;
    private final double[] orphanT;
    private double shared;
    private double missed;
    private int idle;
    private double doubtful;
    /** {@link #mark}'s scratch: an anchor id is marked when its entry equals the current stamp. */
    private final int[] marks;
    private int stamp;

    /**
     * The prepared evidence of one side: lengths, paragraphs, anchor ids (sorted, unique), roles, and how
     * many sentences before each name their source (so that a span's count is one subtraction).
     */
    record Side(int[] chars, int[] frame, int[] paragraph, int[][] anchors, ReleaseStructure.Role[] roles,
            int[] attributedBefore, boolean cut) {
        int size() {
            return chars.length;
        }
    }

    BeadCost(LengthModel length, AnchoredText source, AnchoredText target) {
        Map<String, int[]> df = new HashMap<>();
        count(source, df, 0);
        count(target, df, 1);
        Map<String, Integer> ids = new HashMap<>();
        double[] w = new double[df.size()];
        for (Map.Entry<String, int[]> e : df.entrySet()) {
            int[] c = e.getValue();
            if (c[0] > 0 && c[1] > 0) {
                w[ids.size()] = kindWeight(e.getKey().charAt(0)) / Math.sqrt((double) c[0] * c[1]);
                ids.put(e.getKey(), ids.size());
            }
        }
        this.weight = w;
        this.marks = new int[w.length];
        this.src = side(source, ids);
        this.tgt = side(target, ids);
        this.spansS = spans(src);
        this.spansT = spans(tgt);
        this.ownS = own(src);
        this.ownT = own(tgt);
        this.spanWeightS = spanWeights(spansS);
        this.spanWeightT = spanWeights(spansT);
        this.sourceLinesS = sourceLines(src);
        this.sourceLinesT = sourceLines(tgt);
        this.orphanS = orphans(source, df, 1);
        this.orphanT = orphans(target, df, 0);
        long sc = java.util.Arrays.stream(src.chars).asLongStream().sum();
        long tc = java.util.Arrays.stream(tgt.chars).asLongStream().sum();
        this.length = length.adapted(sc, tc);
    }

    private static void count(AnchoredText text, Map<String, int[]> df, int column) {
        for (List<String> sentence : text.anchors()) {
            for (String key : new java.util.HashSet<>(sentence)) {
                df.computeIfAbsent(key, k -> new int[2])[column]++;
            }
        }
    }

    /**
     * Per sentence of the body, how many of its names and numbers the other text (column {@code other})
     * never has. Frame and source lines are left at 0: they name agencies and places of their own, and
     * their pairing is the business of {@link #roles}.
     */
    private static double[] orphans(AnchoredText text, Map<String, int[]> df, int other) {
        double[] out = new double[text.text().size()];
        ReleaseStructure.Role[] roles = text.layout().roles();
        for (int i = 0; i < out.length; i++) {
            if (roles[i] != ReleaseStructure.Role.BODY && roles[i] != ReleaseStructure.Role.FRAGMENT) {
                continue;
            }
            for (String key : new java.util.HashSet<>(text.names().get(i))) {
                int[] c = df.get(key);
                if (c == null || c[other] == 0) {
                    out[i]++;
                }
            }
        }
        return out;
    }

    /** The weight of an anchor kind: numbers and glossary terms are surer than look-alike words. */
    static double kindWeight(char kind) {
        return switch (kind) {
            case 'n', 'a', 't' -> 1.5;
            case 'v' -> 2.0;
            case 'm', 'c' -> 1.0;
            case 'l' -> 0.6;
            case 'q' -> 0.5;
            default -> 1.0;
        };
    }

    private static Side side(AnchoredText text, Map<String, Integer> ids) {
        TextLayout layout = text.layout();
        int n = layout.size();
        int[][] anchors = new int[n][];
        int[] attributedBefore = new int[n + 1];
        int[] buf = new int[16];
        for (int i = 0; i < n; i++) {
            attributedBefore[i + 1] = attributedBefore[i] + (layout.attributed()[i] ? 1 : 0);
            List<String> keys = text.anchors().get(i);
            if (buf.length < keys.size()) {
                buf = new int[keys.size()];
            }
            int k = 0;
            for (String key : keys) {
                Integer id = ids.get(key);
                if (id != null) {
                    buf[k++] = id;
                }
            }
            anchors[i] = sortedUnique(buf, k);
        }
        return new Side(layout.chars(), layout.frame(), layout.paragraph(), anchors, layout.roles(), attributedBefore,
                layout.cut());
    }

    /** The first {@code k} values of buf, sorted, without repeats. */
    private static int[] sortedUnique(int[] buf, int k) {
        java.util.Arrays.sort(buf, 0, k);
        int w = 0;
        for (int r = 0; r < k; r++) {
            if (w == 0 || buf[w - 1] != buf[r]) {
                buf[w++] = buf[r];
            }
        }
        return java.util.Arrays.copyOf(buf, w);
    }

    /**
     * The cost of the roles a bead pairs ({@link ReleaseStructure}): headlines go with headlines, date lines
     * with date lines, a byline with the byline of the same agency; none of them merges with other text; a
     * source line goes with a source line, or merges into the sentence that names the same source.
     */
    private double roles(int s0, int s1, int t0, int t1) {
        double p = (s1 - s0 > 1 ? merged(src.roles, s0, s1, names(tgt, t0, t1)) : 0)
                + (t1 - t0 > 1 ? merged(tgt.roles, t0, t1, names(src, s0, s1)) : 0);
        if (s1 - s0 == 1 && t1 - t0 == 1) {
            ReleaseStructure.Role a = src.roles[s0];
            ReleaseStructure.Role b = tgt.roles[t0];
            if (a == b) {
                return switch (a) {
                    case BYLINE -> shared == 0 ? p + ROLE_CLASH : p;
                    case HEADLINE, DATELINE -> p - ROLE_MATCH;
                    default -> p;
                };
            }
            if (s0 == 0 && t0 == 0 && (a == ReleaseStructure.Role.HEADLINE || b == ReleaseStructure.Role.HEADLINE)
                    && !a.isFrame() != !b.isFrame()
                    && (a == ReleaseStructure.Role.BODY || b == ReleaseStructure.Role.BODY)) {
                return p + KIND_MISMATCH;
            }
            if (a.isFrame() || b.isFrame()) {
                return p + ROLE_CLASH;
            }
            if (a == ReleaseStructure.Role.SOURCE || b == ReleaseStructure.Role.SOURCE) {
                return p + SOURCE_PAIR;
            }
        }
        return p;
    }

    private static double merged(ReleaseStructure.Role[] roles, int from, int to, boolean otherNamesSource) {
        if (to - from < 2) {
            return 0;
        }
        double p = 0;
        for (int i = from; i < to; i++) {
            if (roles[i].isFrame()) {
                p += MERGE_FRAME;
            } else if (roles[i] == ReleaseStructure.Role.SOURCE) {
                p += otherNamesSource ? -SOURCE_NAMED : MERGE_SOURCE;
            }
        }
        return p;
    }

    /** Whether sentences [from, to) of a side name where their news came from. */
    private static boolean names(Side side, int from, int to) {
        return side.attributedBefore[to] > side.attributedBefore[from];
    }

    /**
     * The cost of leaving out one segment: little for a release's frame and source lines; less after the
     * other version has ended, the less when it ends on a fragment (it was cut short).
     */
    private double omission(int s0, int s1, int t0, int t1) {
        boolean sourceSide = s1 > s0;
        ReleaseStructure.Role role = sourceSide ? src.roles[s0] : tgt.roles[t0];
        if (role.isFrameOrSourceLine()) {
            return SKIP_FRAME + FRAME_MISS * MISS * missed;
        }
        Side other = sourceSide ? tgt : src;
        boolean tail = sourceSide ? t0 == tgt.size() : s0 == src.size();
        double skip = tail && other.cut ? SKIP_CUT : SKIP;
        double orphan = sourceSide ? orphanS[s0] : orphanT[t0];
        return skip + MISS * missed - ORPHAN_SKIP * Math.min(orphan, ORPHAN_CAP);
    }

    static int nonSpace(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i)) && !Character.isSpaceChar(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    int sourceSize() {
        return src.chars.length;
    }

    int targetSize() {
        return tgt.chars.length;
    }

    /** The cost of the bead of source sentences [s0, s1) and target sentences [t0, t1). */
    double cost(int s0, int s1, int t0, int t1) {
        anchors(s0, s1, t0, t1);
        if (s0 == s1 || t0 == t1) {
            return omission(s0, s1, t0, t1);
        }
        boolean frames = s1 - s0 == 1 && t1 - t0 == 1 && src.roles[s0].isFrame() && src.roles[s0] == tgt.roles[t0];
        return (frames ? 0 : LW * lengthCost(s0, s1, t0, t1)) + shape(s1 - s0, t1 - t0)
                - MATCH * shared + MISS * missed + paragraphs(s0, s1, t0, t1) + IDLE * idle
                + roles(s0, s1, t0, t1) + ORPHAN_MERGE * doubtful;
    }

    /**
     * The length cost of a bead; the fragment a cut text ends on is only a lower bound of its sentence's
     * length, so it costs nothing for being short. An agency's frame inside a sentence (an attribution
     * clause, a lead date line: {@link ReleaseStructure#attribution}) may or may not have its counterpart on
     * the other side, so the bead is measured with and without it and the better fit counts.
     */
    private double lengthCost(int s0, int s1, int t0, int t1) {
        int sf = chars(src.frame, s0, s1);
        int tf = chars(tgt.frame, t0, t1);
        double best = lengthCost(s0, s1, t0, t1, 0, 0);
        if (sf > 0) {
            best = Math.min(best, lengthCost(s0, s1, t0, t1, sf, 0));
        }
        if (tf > 0) {
            best = Math.min(best, lengthCost(s0, s1, t0, t1, 0, tf));
        }
        if (sf > 0 && tf > 0) {
            best = Math.min(best, lengthCost(s0, s1, t0, t1, sf, tf));
        }
        return best;
    }

    private double lengthCost(int s0, int s1, int t0, int t1, int sourceFrame, int targetFrame) {
        int sc = chars(src.chars, s0, s1) - sourceFrame;
        int tc = chars(tgt.chars, t0, t1) - targetFrame;
        if (src.cut && s1 == src.size()) {
            sc = Math.max(sc, (int) (tc / length.ratio()));
        }
        if (tgt.cut && t1 == tgt.size()) {
            tc = Math.max(tc, (int) (sc * length.ratio()));
        }
        return length.cost(sc, tc);
    }

    /** The evidence of a bead, for its confidence: {shared anchor weight, missed weight, length cost}. */
    double[] evidence(int s0, int s1, int t0, int t1) {
        anchors(s0, s1, t0, t1);
        double len = s0 == s1 || t0 == t1 ? 0 : lengthCost(s0, s1, t0, t1);
        return new double[] {shared, missed, len};
    }

    /** Sets {@link #shared} and {@link #missed} for the bead. */
    private void anchors(int s0, int s1, int t0, int t1) {
        if (s1 - s0 <= 1 && t1 - t0 <= 1) {
            // the common case, without merging: one sentence or none a side
            double own = (s1 > s0 ? ownS[s0] : 0) + (t1 > t0 ? ownT[t0] : 0);
            shared = s1 > s0 && t1 > t0 ? sharedOne(src.anchors[s0], tgt.anchors[t0]) : 0;
            missed = own - 2 * shared;
            idle = 0;
            doubtful = 0;
            return;
        }
        int[] a = span(src, spansS, s0, s1);
        int[] b = span(tgt, spansT, t0, t1);
        mark(b);
        double both = 0;
        for (int id : a) {
            both += marks[id] == stamp ? weight[id] : 0;
        }
        shared = both;
        missed = sum(a) + sum(b) - 2 * both;
        idle = 0;
        doubtful = 0;
        if (s1 - s0 > 1) {
            members(src.anchors, ownS, orphanS, s0, s1); // against the marks of b
        }
        if (t1 - t0 > 1) {
            mark(a);
            members(tgt.anchors, ownT, orphanT, t0, t1);
        }
    }

    /** Marks the anchor ids of one side of a bead, so that membership is one look-up. */
    private void mark(int[] ids) {
        stamp++;
        for (int id : ids) {
            marks[id] = stamp;
        }
    }

    /** The sorted anchor ids of sentences [from, to) of a side: one sentence's, or a precomputed union. */
    private static int[] span(Side side, int[][][] spans, int from, int to) {
        return to - from == 1 ? side.anchors[from] : spans[to - from - 2][from];
    }

    /** The unions of the anchors of every 2 and 3 neighbouring sentences, computed once per pair. */
    private static int[][][] spans(Side side) {
        int n = side.size();
        int[][][] out = new int[2][n][];
        int[] buf = new int[1024];
        for (int len = 2; len <= 3; len++) {
            for (int i = 0; i + len <= n; i++) {
                int k = union(side.anchors, i, i + len, buf);
                out[len - 2][i] = java.util.Arrays.copyOf(buf, k);
            }
        }
        return out;
    }

    private double sharedOne(int[] a, int[] b) {
        double both = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length;) {
            if (a[i] == b[j]) {
                both += weight[a[i]];
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return both;
    }

    private double[][] spanWeights(int[][][] spans) {
        double[][] out = new double[spans.length][];
        for (int len = 0; len < spans.length; len++) {
            out[len] = new double[spans[len].length];
            for (int i = 0; i < spans[len].length; i++) {
                out[len][i] = spans[len][i] == null ? 0 : sum(spans[len][i]);
            }
        }
        return out;
    }

    private static int[] sourceLines(Side side) {
        int[] out = new int[side.size() + 1];
        for (int i = 0; i < side.size(); i++) {
            out[i + 1] = out[i] + (side.roles[i] == ReleaseStructure.Role.SOURCE ? 1 : 0);
        }
        return out;
    }

    private double spanWeight(double[] own, double[][] spanWeight, int from, int to) {
        return to - from == 1 ? own[from] : spanWeight[to - from - 2][from];
    }

    /**
     * A lower bound of {@link #cost} for a bead that merges sentences on one side at least, from what is
     * known without comparing its sides: its shape's prior, the most its anchors could share, the least they
     * must miss, and the bonus of the source lines it may merge. The search skips a bead whose bound cannot
     * beat the best way into a cell found so far, so the result is the same as without it, only sooner.
     */
    double mergedLowerBound(int s0, int s1, int t0, int t1) {
        double a = spanWeight(ownS, spanWeightS, s0, s1);
        double b = spanWeight(ownT, spanWeightT, t0, t1);
        int sourceLines = sourceLinesS[s1] - sourceLinesS[s0] + sourceLinesT[t1] - sourceLinesT[t0];
        return shape(s1 - s0, t1 - t0) - MATCH * Math.min(a, b) + MISS * Math.abs(a - b)
                - SOURCE_NAMED * sourceLines - 1e-9; // a hair lower: sums in another order may round apart
    }

    private double[] own(Side side) {
        double[] out = new double[side.anchors.length];
        for (int i = 0; i < out.length; i++) {
            for (int id : side.anchors[i]) {
                out[i] += weight[id];
            }
        }
        return out;
    }

    /**
     * Weighs the members of a merged side against the other side: a member that holds anchors but shares
     * none is {@link #idle} (a sentence merged into a bead should say something of the other side, or it is
     * more likely left out), and the names and numbers of a member that the other version has nowhere count
     * as {@link #doubtful} beyond what the member shares with the other side.
     */
    private void members(int[][] anchors, double[] own, double[] orphan, int from, int to) {
        for (int i = from; i < to; i++) {
            double both = 0;
            for (int id : anchors[i]) {
                both += marks[id] == stamp ? weight[id] : 0;
            }
            if (own[i] >= 1 && both == 0) {
                idle++;
            }
            doubtful += Math.max(0, orphan[i] - both);
        }
    }

    private double paragraphs(int s0, int s1, int t0, int t1) {
        double p = 0;
        if (src.paragraph[s0] != src.paragraph[s1 - 1] || tgt.paragraph[t0] != tgt.paragraph[t1 - 1]) {
            p += PARAGRAPH_CROSS;
        }
        boolean startS = s0 == 0 || src.paragraph[s0] != src.paragraph[s0 - 1];
        boolean startT = t0 == 0 || tgt.paragraph[t0] != tgt.paragraph[t0 - 1];
        return startS != startT ? p + PARAGRAPH_START : p;
    }

    /** -log of the prior of a bead shape (after Gale and Church's counts, with room for free translation). */
    static double shape(int ns, int nt) {
        int big = Math.max(ns, nt);
        int small = Math.min(ns, nt);
        if (big == 1) {
            return 0;
        }
        if (big == 2 && small == 1) {
            return M21;
        }
        if (big == 2) {
            return M22;
        }
        return M13;
    }

    private static int chars(int[] chars, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += chars[i];
        }
        return n;
    }

    private double sum(int[] buf) {
        double s = 0;
        for (int i = 0; i < buf.length; i++) {
            s += weight[buf[i]];
        }
        return s;
    }

    /** The sorted union of the anchor ids of sentences [from, to), into buf; returns its size. */
    private static int union(int[][] anchors, int from, int to, int[] buf) {
        int n = 0;
        for (int i = from; i < to; i++) {
            for (int id : anchors[i]) {
                if (n < buf.length) {
                    buf[n++] = id;
                }
            }
        }
        if (to - from > 1) {
            java.util.Arrays.sort(buf, 0, n);
            int w = 0;
            for (int r = 0; r < n; r++) {
                if (w == 0 || buf[w - 1] != buf[r]) {
                    buf[w++] = buf[r];
                }
            }
            n = w;
        }
        return n;
    }
}
