package org.presstm.lang;

import java.util.List;

import org.presstm.io.BundledLists;

/**
 * Reads the language data bundled under {@code src/main/resources/lang/<lang>/}: one entry a line, {@code #}
 * starts a comment, blank lines are skipped. Each file is read once and kept. Thread-safe.
 */
final class LanguageResources {
    private LanguageResources() {
    }

    /** The non-comment lines of {@code lang/<language>/<name>}, stripped. */
    static List<String> lines(Language language, String name) {
        return BundledLists.lines("/lang/" + language.code() + "/" + name);
    }
}
