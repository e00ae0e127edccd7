package org.presstm.qa;

import java.util.Arrays;

/**
 * An open-addressing map from long keys to non-negative ints, sized once for the entries it will get: the
 * index of the first entry of each key, for millions of keys without boxing. Not thread-safe.
 */
final class LongIntMap {
    private final long[] keys;
    private final int[] values;
    private final int mask;

    LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(values, -1);
        mask = capacity - 1;
    }

    /** Stores the value unless the key has one; returns the value already there, or -1. */
    int putIfAbsent(long key, int value) {
        int slot = (int) (mix(key) & mask);
        while (values[slot] >= 0) {
            if (keys[slot] == key) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = value;
        return -1;
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 32);
    }
}
