package org.presstm.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.presstm.align.Aligner;
import org.presstm.align.Bead;

class AlignmentScoreTest {
    private static List<Bead> beads(String... s) {
        return java.util.Arrays.stream(s).map(Bead::parse).toList();
    }

    @Test
    void countsAsVecalignsScorerDoes() {
        List<Bead> gold = beads("[0]:[0]", "[1]:[]", "[2, 3]:[1]", "[4]:[2]");
        List<Bead> test = beads("[0]:[0]", "[1, 2]:[1]", "[3]:[]", "[4]:[2]");
        AlignmentScore s = AlignmentScore.of(gold, test);
        // precision: 2 of 4 strict; lax also [1, 2]:[1] (shares 2 and 1 with gold), not the omission [3]:[]
        assertEquals(0.5, s.strictPrecision(), 1e-9);
        assertEquals(0.75, s.laxPrecision(), 1e-9);
        // recall over gold without omissions: [0]:[0], [2, 3]:[1], [4]:[2]; strict 2 of 3, lax 3 of 3
        assertEquals(2 / 3.0, s.strictRecall(), 1e-9);
        assertEquals(1.0, s.laxRecall(), 1e-9);
    }

    @Test
    void beatsTheTargetOnTheSharedNewsStories() {
        Path corpus = Path.of("../shared/corpus");
        assumeTrue(Files.isDirectory(corpus.resolve("ntrex")), "../shared/corpus is absent: skipped");
        var items = GoldAlignment.find(corpus).stream().filter(g -> g.group().equals("ntrex")).toList();
        var table = new AlignmentEvaluation(new Aligner()).run(items, false, null);
        assertEquals(2, table.rows().size());
        for (var e : table.rows().entrySet()) {
            assertTrue(e.getValue().strictF1() >= 0.96, e.getKey() + " strict F1 " + e.getValue().strictF1());
        }
    }
}
