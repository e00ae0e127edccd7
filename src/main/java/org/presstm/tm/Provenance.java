package org.presstm.tm;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Who made or changed a unit or variant, and when: the TMX attributes creationdate, creationid, changedate,
 * changeid and usagecount. Dates are kept in TMX's own form ({@code YYYYMMDDThhmmssZ}, UTC), which also
 * sorts as text; every field but the usage count may be null.
 */
public record Provenance(String creationDate, String creationId, String changeDate, String changeId,
        int usageCount) {
    public static final Provenance NONE = new Provenance(null, null, null, null, 0);
    private static final DateTimeFormatter TMX = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    public Provenance {
        creationDate = date(creationDate, "creationdate");
        changeDate = date(changeDate, "changedate");
        creationId = blankToNull(creationId);
        changeId = blankToNull(changeId);
        if (usageCount < 0) {
            throw new IllegalArgumentException("usagecount must not be negative: " + usageCount);
        }
    }

    /** The later of the change and creation dates, or null. */
    public String latestDate() {
        if (changeDate == null) {
            return creationDate;
        }
        return creationDate == null || changeDate.compareTo(creationDate) > 0 ? changeDate : creationDate;
    }

    /** Reads a date as TMX writes it, or as an ISO date or instant; the result is in TMX form. */
    public static String date(String value, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            if (v.length() == 10 && v.charAt(4) == '-') {
                return TMX.format(LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC));
            }
            if (v.contains("-")) {
                return TMX.format(Instant.parse(v));
            }
            return TMX.format(TMX.parse(v, Instant::from));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(what + " '" + value + "' is not a date (expected YYYYMMDDThhmmssZ)");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
