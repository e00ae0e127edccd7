package org.presstm.qa;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A check that judges a release's segments with the whole release at hand ({@link ReleaseDocument}): it keeps
 * the segments of releases (which are small) and judges them in {@link #finish}; segments of packages and of
 * the memory it judges at once, without a document, so that a whole memory is never held.
 */
abstract class ReleaseCheck extends BaseCheck {
    private final Map<String, List<ParallelSegment>> releases = new LinkedHashMap<>();

    ReleaseCheck(String id, Severity severity, String title) {
        super(id, severity, title);
    }

    /**
     * Judges one segment.
     *
     * @param release the release it belongs to, or null outside a release
     * @param index   its place in the release (-1 outside one)
     */
    abstract void judge(ParallelSegment s, ReleaseDocument release, int index, Consumer<Finding> out);

    @Override
    public final void check(ParallelSegment segment, Consumer<Finding> out) {
        if (segment.origin() == Origin.RELEASE) {
            releases.computeIfAbsent(segment.document(), d -> new ArrayList<>()).add(segment);
        } else {
            judge(segment, null, -1, out);
        }
    }

    @Override
    public void finish(SegmentSource again, Consumer<Finding> out) {
        for (List<ParallelSegment> segments : releases.values()) {
            ReleaseDocument release = new ReleaseDocument(segments);
            for (int i = 0; i < segments.size(); i++) {
                judge(segments.get(i), release, i, out);
            }
        }
        releases.clear();
    }
}
