package org.presstm.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one reader of the word lists and tables presstm bundles as resources (month names, suffixes,
 * transliteration tables, lexicons): one entry a line, '#' starts a comment, blank lines skipped, each line
 * stripped. Each resource is read once and kept, so features load their language data once. Thread-safe.
 */
public final class BundledLists {
    private static final Map<String, List<String>> CACHE = new ConcurrentHashMap<>();

    private BundledLists() {
    }

    /** The non-comment lines of a classpath resource such as {@code "/align/az/source-lines.txt"}. */
    public static List<String> lines(String resource) {
        return CACHE.computeIfAbsent(resource, BundledLists::load);
    }

    private static List<String> load(String resource) {
        try (InputStream in = BundledLists.class.getResourceAsStream(resource)) {
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
