package org.presstm.tm;

import java.util.Map;

/**
 * What a memory holds.
 *
 * @param variantsPerLanguage by language key ("az"), sorted
 * @param pairs units having both languages, keyed "az-en" (keys in alphabetical order)
 * @param bytesOnDisk the database file and its write-ahead log
 */
public record MemoryStats(long units, Map<String, Long> variantsPerLanguage, Map<String, Long> pairs,
        long bytesOnDisk) {
    public MemoryStats {
        variantsPerLanguage = Map.copyOf(variantsPerLanguage);
        pairs = Map.copyOf(pairs);
    }
}
