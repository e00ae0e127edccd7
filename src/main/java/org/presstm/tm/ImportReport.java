package org.presstm.tm;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of importing one TMX file.
 *
 * @param problems the first skipped units with their line (bounded: see {@link #MAX_PROBLEMS}); {@code skipped}
 *        counts them all
 */
public record ImportReport(Path file, int read, int added, int merged, int skipped, List<Problem> problems) {
    public static final int MAX_PROBLEMS = 20;

    /** A unit that was skipped, and why. */
    public record Problem(int line, String reason) {
    }

    public ImportReport {
        problems = List.copyOf(problems);
    }
}
