package org.presstm.qa;

import java.util.ArrayList;
import java.util.List;

/** Test helper: runs one check over segments. */
final class Runs {
    private Runs() {
    }

    static List<Finding> findings(Check check, List<ParallelSegment> segments) {
        List<Finding> out = new ArrayList<>();
        segments.forEach(s -> check.check(s, out::add));
        check.finish(SegmentSource.of(segments), out::add);
        return out;
    }
}
