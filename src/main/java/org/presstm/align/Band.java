package org.presstm.align;

/**
 * The part of the n × m alignment grid that the search visits: all of it for texts of ordinary length,
 * else a band around the diagonal wide enough for the difference in sentence counts and for drift
 * (the pruning of Gale and Church 1993 and of hunalign). Row i covers target positions lo(i)..hi(i).
 */
record Band(int n, int m, int halfWidth) {
    static Band of(int n, int m, int fullCells) {
        if ((long) (n + 1) * (m + 1) <= fullCells) {
            return new Band(n, m, Integer.MAX_VALUE / 4);
        }
        return new Band(n, m, Math.max(100, Math.abs(n - m) + 50));
    }

    int center(int i) {
        return n == 0 ? 0 : (int) ((long) i * m / n);
    }

    int lo(int i) {
        return Math.max(0, center(i) - halfWidth);
    }

    int hi(int i) {
        return (int) Math.min(m, (long) center(i) + halfWidth);
    }

    int width(int i) {
        return hi(i) - lo(i) + 1;
    }

    boolean contains(int i, int j) {
        return j >= lo(i) && j <= hi(i);
    }
}
