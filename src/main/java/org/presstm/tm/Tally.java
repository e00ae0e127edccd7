package org.presstm.tm;

import java.util.Arrays;

/**
 * Weights summed per FTS rowid, in an open-addressing table of primitives (linear probing): the candidate
 * index adds tens of thousands of postings per lookup, which boxed maps make several times slower.
 * Not thread-safe.
 */
final class Tally {
    private static final long EMPTY = -1L;
    private long[] keys;
    private float[] values;
    private int size;

    Tally(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new float[capacity];
        Arrays.fill(keys, EMPTY);
    }

    void add(long key, float value) {
        int mask = keys.length - 1;
        int i = (int) (mix(key) & mask);
        while (keys[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (keys[i] == EMPTY) {
            keys[i] = key;
            if (++size * 2 > keys.length) {
                values[i] = value;
                grow();
                return;
            }
        }
        values[i] += value;
    }

    /** The keys of the {@code k} largest weights; ties go to the key whose low byte is nearest {@code near}. */
    long[] top(int k, int near, int lengthMask) {
        int n = Math.min(k, size);
        long[] bestKeys = new long[n];
        double[] bestRank = new double[n];
        int filled = 0;
        int worst = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == EMPTY) {
                continue;
            }
            double rank = values[i] - Math.abs((keys[i] & lengthMask) - near) * 1e-4;
            if (filled < n) {
                bestKeys[filled] = keys[i];
                bestRank[filled++] = rank;
                worst = filled == n ? worstOf(bestRank) : worst;
            } else if (rank > bestRank[worst]) {
                bestKeys[worst] = keys[i];
                bestRank[worst] = rank;
                worst = worstOf(bestRank);
            }
        }
        return bestKeys;
    }

    private static int worstOf(double[] rank) {
        int worst = 0;
        for (int j = 1; j < rank.length; j++) {
            worst = rank[j] < rank[worst] ? j : worst;
        }
        return worst;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        float[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new float[oldValues.length * 2];
        Arrays.fill(keys, EMPTY);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                add(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static long mix(long x) {
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        return x ^ (x >>> 33);
    }
}
