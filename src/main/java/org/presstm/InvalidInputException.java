package org.presstm;

import java.nio.file.Path;

/**
 * Input that presstm cannot use: a missing, unreadable, binary or malformed file. Carries the file and,
 * where known, the line, so the user is told exactly where to look. Exit code 3 at the CLI.
 */
public class InvalidInputException extends PresstmException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final String reason;

    /** @param line 1-based line number, or 0 when no line applies */
    public InvalidInputException(Path file, int line, String reason) {
        this(file, line, reason, null);
    }

    public InvalidInputException(Path file, int line, String reason, Throwable cause) {
        super(format(file, line, reason), cause);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }

    private static String format(Path file, int line, String reason) {
        String where = file == null ? "" : file + (line > 0 ? ":" + line : "") + ": ";
        return where + reason;
    }
}
