package org.presstm.xliff;

import java.util.Objects;

import org.presstm.tm.TaggedText;

/**
 * A segment of a returned XLIFF file as the translator left it.
 *
 * @param source   the source as plain text (compared with what was sent)
 * @param target   the translation with its codes (ids as in the source), empty when there is none
 * @param state    the XLIFF state ("translated", "final"...), or "" when none is given
 * @param approved XLIFF 1.2 {@code approved="yes"}
 * @param line     where the unit starts in the file (0 when unknown), for messages
 */
public record ReturnedSegment(String unitId, String segmentId, String source, TaggedText target, String state,
        boolean approved, int line) {
    public ReturnedSegment {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(segmentId, "segmentId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        state = state == null ? "" : state;
    }

    public String name() {
        return unitId + "/" + segmentId;
    }
}
