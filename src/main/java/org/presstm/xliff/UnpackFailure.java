package org.presstm.xliff;

import java.nio.file.Path;
import java.util.List;

import org.presstm.InvalidInputException;

/**
 * A returned file that cannot be taken back: the message names the first problem, {@link #problems()} lists
 * every one found (capped), each with its line and segment. Nothing was imported.
 */
public final class UnpackFailure extends InvalidInputException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> problems;

    UnpackFailure(Path file, int line, String reason, List<String> problems) {
        super(file, line, reason);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
