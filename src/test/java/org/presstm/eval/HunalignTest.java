package org.presstm.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.presstm.align.Bead;

class HunalignTest {
    @Test
    void tokenisesPunctuationOffNumbers() {
        assertEquals("mayın 6 - da , 2024 .", Hunalign.tokenize("mayın 6-da, 2024."));
    }

    @Test
    void readsALadderAsBeads() {
        List<Bead> b = Hunalign.beads("[[0,0,0.5],[1,1,0.3],[3,2,0.2]]", 4, 2);
        assertEquals(List.of("[0]:[0]", "[1, 2]:[1]", "[3]:[]"), b.stream().map(Bead::toString).toList());
    }

    @Test
    void runsUpstreamHunalignWhenInstalled() {
        assumeTrue(Hunalign.missing().isEmpty(), () -> "hunalign skipped: " + Hunalign.missing().orElse(""));
        List<String> src = List.of("Bir iki üç 2024 .", "Dörd beş 15 .", "Altı yeddi 7 .");
        List<String> tgt = List.of("One two three 2024 .", "Four five 15 .", "Six seven 7 .");
        List<Bead> beads = Hunalign.find().orElseThrow().align(List.of(src), List.of(tgt)).get(0);
        assertEquals(3, beads.stream().mapToInt(x -> x.source().size()).sum());
    }
}
