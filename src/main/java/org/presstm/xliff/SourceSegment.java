package org.presstm.xliff;

import java.util.Objects;

import org.presstm.tm.TaggedText;

/**
 * A sentence to translate, named as the package names it: the unit and the segment id within the unit.
 */
public record SourceSegment(String unitId, String segmentId, TaggedText text) {
    public SourceSegment {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(segmentId, "segmentId");
        Objects.requireNonNull(text, "text");
    }

    /** "u3/2": how messages name the segment. */
    public String name() {
        return unitId + "/" + segmentId;
    }
}
