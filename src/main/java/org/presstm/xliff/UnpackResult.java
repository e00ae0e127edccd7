package org.presstm.xliff;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.presstm.lang.Language;

/** What {@code presstm unpack} did: per target language, and the units the memory took. */
public record UnpackResult(Manifest manifest, List<LanguageResult> languages, int added, int merged) {
    /**
     * One returned file.
     *
     * @param confirmed    segments whose state counts as done (imported)
     * @param untranslated segments left in the source language in the translated release
     */
    public record LanguageResult(Language language, Path xliff, int segments, int confirmed, int untranslated,
            Path output) {
        public LanguageResult {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(xliff, "xliff");
            Objects.requireNonNull(output, "output");
        }
    }

    public UnpackResult {
        Objects.requireNonNull(manifest, "manifest");
        languages = List.copyOf(languages);
    }
}
