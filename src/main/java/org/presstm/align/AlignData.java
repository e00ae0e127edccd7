package org.presstm.align;

import java.util.List;

import org.presstm.io.BundledLists;

/**
 * Reads the language data bundled under {@code src/main/resources/align/}: one entry a line, {@code #} starts
 * a comment, blank lines are skipped. Each file is read once and kept. Thread-safe.
 */
final class AlignData {
    private AlignData() {
    }

    /** The non-comment lines of a bundled file such as {@code "az/source-lines.txt"}, stripped. */
    static List<String> lines(String name) {
        return BundledLists.lines("/align/" + name);
    }
}
