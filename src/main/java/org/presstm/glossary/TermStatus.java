package org.presstm.glossary;

import java.util.Locale;

/**
 * How a term may be used, as TBX-Basic's {@code administrativeStatus} says it. A deprecated or superseded
 * term is still found in text (so that a check can flag it), but is never proposed as a translation.
 */
public enum TermStatus {
    PREFERRED("preferredTerm-admn-sts"),
    ADMITTED("admittedTerm-admn-sts"),
    DEPRECATED("deprecatedTerm-admn-sts"),
    SUPERSEDED("supersededTerm-admn-sts");

    private final String tbxValue;

    TermStatus(String tbxValue) {
        this.tbxValue = tbxValue;
    }

    /** The value of TBX's administrativeStatus: "preferredTerm-admn-sts". */
    public String tbxValue() {
        return tbxValue;
    }

    /** The word used in CSV and on the command line: "preferred". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a translator may use the term. */
    public boolean usable() {
        return this == PREFERRED || this == ADMITTED;
    }

    /**
     * Reads a status as files write it: the TBX value, the label, or the common synonyms ("forbidden" and
     * "deprecatedTerm" for deprecated, "standardizedTerm" for preferred). Blank means preferred.
     *
     * @throws IllegalArgumentException naming the value when it is none of these
     */
    public static TermStatus parse(String value) {
        if (value == null || value.isBlank()) {
            return PREFERRED;
        }
        String v = value.trim().toLowerCase(Locale.ROOT).replace("-admn-sts", "").replace("term", "");
        return switch (v) {
            case "preferred", "standardized", "standardised" -> PREFERRED;
            case "admitted", "allowed" -> ADMITTED;
            case "deprecated", "forbidden", "notrecommended" -> DEPRECATED;
            case "superseded", "obsolete" -> SUPERSEDED;
            default -> throw new IllegalArgumentException("unknown term status '" + value.trim()
                    + "' (expected preferred, admitted, deprecated or superseded)");
        };
    }
}
