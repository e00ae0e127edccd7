package org.presstm.tm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ProvenanceTest {
    private static final DateTimeFormatter TMX = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    @Test
    void tmxDatesAreKeptAsTheyAreWhateverTheirInstant() {
        Random random = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            String date = TMX.format(Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 253_000_000_000L)));
            assertEquals(date, Provenance.date(date, "creationdate"));
            assertEquals(date, Provenance.date(" " + date + " ", "creationdate"));
        }
        assertEquals("20240229T235959Z", Provenance.date("20240229T235959Z", "creationdate"));
    }

    @Test
    void isoDatesAndInstantsBecomeTmxDates() {
        assertEquals("20260312T000000Z", Provenance.date("2026-03-12", "creationdate"));
        assertEquals("20260312T101500Z", Provenance.date("2026-03-12T10:15:00Z", "changedate"));
    }

    @Test
    void datesOutOfRangeAreRefused() {
        for (String bad : new String[] {"20261312T101500Z", "20260012T101500Z", "20260312T251500Z",
                "20260312T106000Z", "2026031XT101500Z", "20260312 101500Z"}) {
            assertThrows(IllegalArgumentException.class, () -> Provenance.date(bad, "creationdate"), bad);
        }
    }
}
