package org.presstm.xliff;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.presstm.InvalidInputException;

/**
 * The problems found in a returned file, kept in a capped list (the first {@link #MAX} with their line, and
 * a count of all), and turned into one {@link InvalidInputException} whose message names the first
 * problem and whose {@link UnpackFailure#problems()} lists them all. Not thread-safe.
 */
final class ReturnProblems {
    static final int MAX = 20;

    private final Path file;
    private final List<String> problems = new ArrayList<>();
    private int firstLine;
    private int count;

    ReturnProblems(Path file) {
        this.file = file;
    }

    void add(int line, String problem) {
        if (count++ == 0) {
            firstLine = line;
        }
        if (problems.size() < MAX) {
            problems.add((line > 0 ? "line " + line + ": " : "") + problem);
        }
    }

    boolean isEmpty() {
        return count == 0;
    }

    void throwIfAny() {
        if (count == 0) {
            return;
        }
        String first = problems.get(0).replaceFirst("^line \\d+: ", "");
        String more = count > 1 ? " (and " + (count - 1) + " more problem" + (count > 2 ? "s" : "") + ")" : "";
        throw new UnpackFailure(file, firstLine, first + more + "; nothing imported", problems);
    }
}
