package org.presstm.xliff;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A returned XLIFF file: what it says about itself and its segments in file order.
 *
 * @param packageId empty when the file carries none (not made by presstm, or stripped by a tool)
 */
public record ReturnedFile(Path file, XliffVersion version, Optional<String> packageId, String sourceLanguage,
        String targetLanguage, List<ReturnedSegment> segments) {
    public ReturnedFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(packageId, "packageId");
        Objects.requireNonNull(sourceLanguage, "sourceLanguage");
        Objects.requireNonNull(targetLanguage, "targetLanguage");
        segments = List.copyOf(segments);
    }
}
