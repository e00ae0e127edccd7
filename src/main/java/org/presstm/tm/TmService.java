package org.presstm.tm;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The memory's operations as the command line uses them: each call opens the memory file, does one thing
 * and closes it. Thread-safe (it holds no open state); concurrent calls on one file are serialised by
 * SQLite's locking.
 */
public final class TmService {
    private final Path memoryFile;

    public TmService(Path memoryFile) {
        this.memoryFile = memoryFile;
    }

    public Path memoryFile() {
        return memoryFile;
    }

    /** Imports one TMX file in one transaction; see {@link TmxImport}. */
    public ImportReport importTmx(Path tmx, boolean strict, TmxImport.Listener listener) {
        try (SqliteMemory memory = SqliteMemory.open(memoryFile, true)) {
            return new TmxImport(strict, listener).run(memory, tmx);
        }
    }

    /**
     * Writes the memory (units with a variant in {@code langs}, or all; changed since {@code since}, a date
     * as TMX or ISO writes it, or null) as TMX 1.4b; returns the number of units written.
     */
    public int exportTmx(Path out, List<String> langs, String since, String version) {
        List<String> keys = langs.stream().map(Variant::keyOf).toList();
        String from = Provenance.date(since, "--since");
        try (SqliteMemory memory = SqliteMemory.open(memoryFile, false)) {
            String srclang = !langs.isEmpty() ? langs.get(0) : mostCommon(memory.stats().variantsPerLanguage());
            try (TmxWriter writer = new TmxWriter(out, srclang, version)) {
                memory.forEach(keys, from, writer::write);
                return writer.count();
            }
        }
    }

    private static String mostCommon(Map<String, Long> languages) {
        return languages.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(
                        java.util.Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse("az");
    }

    public MemoryStats stats() {
        try (SqliteMemory memory = SqliteMemory.open(memoryFile, false)) {
            return memory.stats();
        }
    }

    public List<Match> match(MatchQuery query) {
        try (SqliteMemory memory = SqliteMemory.open(memoryFile, false)) {
            return memory.match(query);
        }
    }

    public List<ConcordanceHit> search(String text, String langKey, int max) {
        try (SqliteMemory memory = SqliteMemory.open(memoryFile, false)) {
            return memory.search(text, langKey, max);
        }
    }
}
