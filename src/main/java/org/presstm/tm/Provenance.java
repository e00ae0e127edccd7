package org.presstm.tm;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
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
        if (isValidTmxDate(v)) {
            return v; // already in TMX form: parsing and formatting it again would give it back unchanged
        }
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

    /**
     * {@code YYYYMMDDThhmmssZ} naming a real instant (month, day of that month, hour, minute and second in
     * range), the form nearly every TMX date has; checked by hand because the formatter's parse took a
     * tenth of the TMX reading thread's time.
     */
    private static boolean isValidTmxDate(String v) {
        if (v.length() != 16 || v.charAt(8) != 'T' || v.charAt(15) != 'Z') {
            return false;
        }
        for (int i = 0; i < 15; i++) {
            if (i != 8 && (v.charAt(i) < '0' || v.charAt(i) > '9')) {
                return false;
            }
        }
        int year = number(v, 0, 4);
        int month = number(v, 4, 6);
        return month >= 1 && month <= 12 && number(v, 6, 8) >= 1
                && number(v, 6, 8) <= YearMonth.of(year, month).lengthOfMonth() && number(v, 9, 11) <= 23
                && number(v, 11, 13) <= 59 && number(v, 13, 15) <= 59;
    }

    private static int number(String digits, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + digits.charAt(i) - '0';
        }
        return n;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
