package org.presstm.cli;

/**
 * presstm's exit codes, the same for every command (documented in the README):
 * 0 ok; 1 findings at or above the threshold, or a failure; 2 usage error; 3 bad input.
 */
public final class ExitCode {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    public static final int BAD_INPUT = 3;

    private ExitCode() {
    }
}
