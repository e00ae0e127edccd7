package org.presstm.qa;

import java.util.List;

import org.presstm.lang.Language;

/** What the memory holds as translations of a sentence (exact matches only), for checks against it. */
@FunctionalInterface
public interface MemoryLookup {
    MemoryLookup NONE = (source, from, to) -> List.of();

    /** The stored translations into {@code to} of exactly this sentence, as plain text. */
    List<String> translations(String source, Language from, Language to);
}
