package org.presstm.qa;

import java.util.Locale;

/** How much a finding matters, most serious first; {@code --fail-on} compares against it. */
public enum Severity {
    /** Wrong as it stands: a number, a term or a name differs, a sentence is missing. */
    ERROR,
    /** Probably wrong; a reviewer should look. */
    WARNING,
    /** Worth a glance; often right in a free translation. */
    INFO;

    /** Whether this is at least as serious as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
