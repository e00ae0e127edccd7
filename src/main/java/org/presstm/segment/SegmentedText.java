package org.presstm.segment;

import java.util.List;
import java.util.Objects;

import org.presstm.lang.Language;

/**
 * A whole input after segmentation: where it came from, the language it was segmented as, and its segments.
 *
 * @param source   the file name as the user gave it ("-" for standard input)
 * @param language the language used
 * @param detected the language the detector saw, or null when the text was too short to tell
 * @param segments the segments in text order
 */
public record SegmentedText(String source, Language language, Language detected, List<Segment> segments) {
    public SegmentedText {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(language, "language");
        segments = List.copyOf(segments);
    }

    public int paragraphCount() {
        return segments.isEmpty() ? 0 : segments.get(segments.size() - 1).paragraph() + 1;
    }
}
