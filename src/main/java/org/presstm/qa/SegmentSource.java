package org.presstm.qa;

import java.util.List;
import java.util.function.Consumer;

/**
 * The segments to check, as a stream that can be read more than once, always in the same order (a list, an
 * XLIFF package, or the whole memory read unit by unit without holding it).
 */
@FunctionalInterface
public interface SegmentSource {
    void forEach(Consumer<ParallelSegment> sink);

    static SegmentSource of(List<ParallelSegment> segments) {
        List<ParallelSegment> copy = List.copyOf(segments);
        return copy::forEach;
    }
}
