package org.presstm.qa;

import java.util.List;
import java.util.function.Consumer;

/**
 * One rule of the consistency report, as LanguageTool's rules are built: a stable id, a severity, a one-line
 * title, and its own examples of a bad and a good case, which one generic test runs for every check.
 * A check sees the segments one at a time ({@link #check}); a check that compares segments with each other
 * (the same source translated two ways) keeps what it needs and reports in {@link #finish}. An instance
 * serves one run: it is not thread-safe, and {@link Checks#create} makes fresh ones.
 */
public interface Check {
    /** Stable, used in reports, filters and {@code --checks}: "numbers.missing". */
    String id();

    Severity severity();

    /** What the check looks for, in one line. */
    String title();

    /** At least one bad and one good case. */
    List<Example> examples();

    /** Looks at one segment and reports what is wrong with it. */
    void check(ParallelSegment segment, Consumer<Finding> out);

    /**
     * Called once after the last segment, with a way to read the segments again (in the same order) for a
     * check that kept only keys in the first pass.
     */
    default void finish(SegmentSource again, Consumer<Finding> out) {
    }

    /** The category the id starts with: "numbers" for "numbers.missing". */
    default String category() {
        int dot = id().indexOf('.');
        return dot < 0 ? id() : id().substring(0, dot);
    }
}
