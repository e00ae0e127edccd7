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
    static final double KIND_MERGED = 1.0;
    static final double KIND_MISMATCH = 0.3;
    /** The cost of a merged sentence that shares no anchor with the other side. */
    static final double IDLE = 1.5;
    /** How much an anchor of weight 1 present on one side only raises it. */
    static final double MISS = 0.6;
    /** The cost of leaving a sentence out (plus the anchors it holds that the other side has). */
    static final double SKIP = 2.2;
    /** -log priors of merged shapes, relative to 1-1 (free translations merge more than Gale and Church saw). */
    static final double M21 = 3.0;
    static final double M22 = 6.0;
    static final double M13 = 7.0;
    /** The weight of the length cost: anchors, where there are any, know better. */
    static final double LW = 0.6;
    static final double PARAGRAPH_CROSS = 2.0;
    static final double PARAGRAPH_START = 0.4;

    private final LengthModel length;
    private final Side src;
    private final Side tgt;
    private final double[] weight;
    private final int[] bufS = new int[256];
    private final int[] bufT = new int[256];
    private final double[] ownS;
    private final double[] ownT;
    private double shared;
    private double missed;
    private int idle;

    /** The prepared evidence of one side: lengths, paragraphs and anchor ids (sorted, unique). */
    record Side(int[] chars, int[] paragraph, int[][] anchors, boolean[] open) {
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
        this.src = side(source, ids);
        this.tgt = side(target, ids);
        this.ownS = own(src);
        this.ownT = own(tgt);
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
        int n = text.text().size();
        int[] chars = new int[n];
        int[] para = new int[n];
        int[][] anchors = new int[n][];
        boolean[] open = new boolean[n];
        for (int i = 0; i < n; i++) {
            open[i] = isOpen(text.text().sentences().get(i));
            chars[i] = nonSpace(text.text().sentences().get(i));
            para[i] = text.text().hasParagraphs() ? text.text().paragraphs().get(i) : 0;
            anchors[i] = text.anchors().get(i).stream().map(ids::get).filter(java.util.Objects::nonNull)
                    .mapToInt(Integer::intValue).distinct().sorted().toArray();
        }
        return new Side(chars, para, anchors, open);
    }

    /**
     * A segment without final punctuation: a headline, a date line ("Baku, October 14, AZERTAC"), a byline,
     * a signature. These pair with their own kind; a sentence with a full stop seldom stands for one.
     */
    static boolean isOpen(String s) {
        int i = s.length() - 1;
        while (i >= 0 && (Character.isWhitespace(s.charAt(i)) || "\"'»”’)]".indexOf(s.charAt(i)) >= 0)) {
            i--;
        }
        return i < 0 || ".!?…:;".indexOf(s.charAt(i)) < 0;
    }

    /** The cost of pairing segments of different kinds: an open segment with a sentence, or merged. */
    private double kinds(int s0, int s1, int t0, int t1) {
        double p = 0;
        for (int i = s0; i < s1 - 1; i++) {
            p += src.open[i] ? KIND_MERGED : 0;
        }
        for (int j = t0; j < t1 - 1; j++) {
            p += tgt.open[j] ? KIND_MERGED : 0;
        }
        if (s1 - s0 == 1 && t1 - t0 == 1 && src.open[s0] != tgt.open[t0]) {
            p += KIND_MISMATCH;
        }
        return p;
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
            return SKIP + MISS * missed;
        }
        return LW * length.cost(chars(src, s0, s1), chars(tgt, t0, t1)) + shape(s1 - s0, t1 - t0)
                - MATCH * shared + MISS * missed + paragraphs(s0, s1, t0, t1) + IDLE * idle
                + kinds(s0, s1, t0, t1);
    }

    /** The evidence of a bead, for its confidence: {shared anchor weight, missed weight, length cost}. */
    double[] evidence(int s0, int s1, int t0, int t1) {
        anchors(s0, s1, t0, t1);
        double len = s0 == s1 || t0 == t1 ? 0 : length.cost(chars(src, s0, s1), chars(tgt, t0, t1));
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
            return;
        }
        int ns = union(src.anchors, s0, s1, bufS);
        int nt = union(tgt.anchors, t0, t1, bufT);
        double both = 0;
        for (int a = 0, b = 0; a < ns && b < nt;) {
            if (bufS[a] == bufT[b]) {
                both += weight[bufS[a]];
                a++;
                b++;
            } else if (bufS[a] < bufT[b]) {
                a++;
            } else {
                b++;
            }
        }
        shared = both;
        missed = sum(bufS, ns) + sum(bufT, nt) - 2 * both;
        idle = (s1 - s0 > 1 ? idleMembers(src.anchors, s0, s1, bufT, nt) : 0)
                + (t1 - t0 > 1 ? idleMembers(tgt.anchors, t0, t1, bufS, ns) : 0);
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
     * How many sentences of a merged side hold anchors but share none with the other side: a sentence
     * merged into a bead should say something of the other side, or it is more likely left out.
     */
    private int idleMembers(int[][] anchors, int from, int to, int[] other, int n) {
        int count = 0;
        for (int i = from; i < to; i++) {
            double own = 0;
            boolean any = false;
            for (int id : anchors[i]) {
                own += weight[id];
                any |= java.util.Arrays.binarySearch(other, 0, n, id) >= 0;
            }
            if (own >= 1 && !any) {
                count++;
            }
        }
        return count;
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

    private static int chars(Side side, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += side.chars[i];
        }
        return n;
    }

    private double sum(int[] buf, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) {
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
