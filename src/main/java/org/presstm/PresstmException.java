package org.presstm;

/**
 * Base of presstm's small exception family: a failure with a message fit to show a user as one line.
 * Unchecked, so that feature code does not litter signatures; the CLI maps each kind to an exit code.
 */
public class PresstmException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PresstmException(String message) {
        super(message);
    }

    public PresstmException(String message, Throwable cause) {
        super(message, cause);
    }
}
