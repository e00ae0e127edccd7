package org.presstm.glossary;

import java.util.List;

import org.presstm.io.BundledLists;

/**
 * Reads the language data files bundled under {@code src/main/resources/glossary/<lang>/}: one entry a
 * line, {@code #} starts a comment, blank lines are skipped, columns are separated by white space.
 * Each file is read once and kept. Thread-safe.
 */
final class LanguageData {
    private LanguageData() {
    }

    /** The rows of a bundled data file, e.g. {@code "az/suffixes.txt"}, each split into its columns. */
    static List<List<String>> rows(String name) {
        return BundledLists.lines("/glossary/" + name).stream().map(l -> List.of(l.split("\\s+"))).toList();
    }
}
