package org.presstm.xliff;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.presstm.lang.Language;

/**
 * What a package holds and what it was made from (manifest.xml): the package header, the release file kept
 * in the package for the merge, one entry per target language with its files and leverage report, and every
 * segment with its place in its unit and its source text, against which a returned file is checked.
 *
 * @param original path of the release inside the package ("original/az.docx")
 */
public record Manifest(PackageHeader header, String original, ReleaseFormat format, Language source,
        List<Target> targets, List<SegmentEntry> segments) {
    public static final String FILE_NAME = "manifest.xml";

    /** One target language: its files (names inside the package) and its leverage report. */
    public record Target(Language language, String xliff, String tmx, String tbx, int tmxUnits, int tbxConcepts,
            LeverageReport report) {
        public Target {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(xliff, "xliff");
            Objects.requireNonNull(tmx, "tmx");
            Objects.requireNonNull(tbx, "tbx");
            Objects.requireNonNull(report, "report");
        }
    }

    /** A segment as sent: unit, id, coded offsets in the unit, words, and its source as plain text. */
    public record SegmentEntry(String unitId, String segmentId, Span span, int words, String source) {
        public SegmentEntry {
            Objects.requireNonNull(unitId, "unitId");
            Objects.requireNonNull(segmentId, "segmentId");
            Objects.requireNonNull(span, "span");
            Objects.requireNonNull(source, "source");
        }

        public String name() {
            return unitId + "/" + segmentId;
        }
    }

    public Manifest {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(source, "source");
        targets = List.copyOf(targets);
        segments = List.copyOf(segments);
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("package " + header.id() + " has no target language");
        }
    }

    public Optional<Target> target(Language language) {
        return targets.stream().filter(t -> t.language() == language).findFirst();
    }
}
