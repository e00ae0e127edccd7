package org.presstm.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class BeadTest {
    @Test
    void writesAndReadsVecalignsForm() {
        for (String s : List.of("[0]:[0]", "[1, 2]:[1]", "[3]:[]", "[]:[4]")) {
            assertEquals(s, Bead.parse(s).toString());
        }
        assertTrue(Bead.parse("[3]:[]").isOmission());
    }

    @Test
    void rejectsBeadsThatAreNotRuns() {
        assertThrows(IllegalArgumentException.class, () -> Bead.parse("[]:[]"));
        assertThrows(IllegalArgumentException.class, () -> Bead.parse("[1, 3]:[2]"));
        assertThrows(IllegalArgumentException.class, () -> new Bead(List.of(0), List.of(0), 1.5));
        assertThrows(IllegalArgumentException.class, () -> Bead.parse("0:0"));
    }
}
