package org.presstm.lang;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.presstm.io.TextFiles;

/**
 * Reads the language data bundled under {@code src/main/resources/lang/<lang>/}: one entry a line, {@code #}
 * starts a comment, blank lines are skipped. Each file is read once and kept. Thread-safe.
 */
final class LanguageResources {
    private static final Map<String, List<String>> CACHE = new ConcurrentHashMap<>();

    private LanguageResources() {
    }

    /** The non-comment lines of {@code lang/<language>/<name>}, stripped. */
    static List<String> lines(Language language, String name) {
        return CACHE.computeIfAbsent(language.code() + "/" + name, LanguageResources::load);
    }

    private static List<String> load(String name) {
        String resource = "/lang/" + name;
        try (InputStream in = LanguageResources.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled language data missing: " + resource);
            }
            List<String> out = new ArrayList<>();
            for (String line : TextFiles.decodeTrusted(in.readAllBytes()).split("\n")) {
                int hash = line.indexOf('#');
                String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!content.isEmpty()) {
                    out.add(content);
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bundled language data " + resource, e);
        }
    }
}
