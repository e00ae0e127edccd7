package org.presstm.glossary;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.presstm.io.TextFiles;

/**
 * Reads the language data files bundled under {@code src/main/resources/glossary/<lang>/}: one entry a
 * line, {@code #} starts a comment, blank lines are skipped, columns are separated by white space.
 * Each file is read once and kept. Thread-safe.
 */
final class LanguageData {
    private static final Map<String, List<List<String>>> CACHE = new ConcurrentHashMap<>();

    private LanguageData() {
    }

    /** The rows of a bundled data file, e.g. {@code "az/suffixes.txt"}, each split into its columns. */
    static List<List<String>> rows(String name) {
        return CACHE.computeIfAbsent(name, LanguageData::load);
    }

    private static List<List<String>> load(String name) {
        String resource = "/glossary/" + name;
        try (InputStream in = LanguageData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled language data missing: " + resource);
            }
            List<List<String>> rows = new ArrayList<>();
            for (String line : TextFiles.decodeTrusted(in.readAllBytes()).split("\n")) {
                int hash = line.indexOf('#');
                String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!content.isEmpty()) {
                    rows.add(List.of(content.split("\\s+")));
                }
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bundled language data " + resource, e);
        }
    }
}
