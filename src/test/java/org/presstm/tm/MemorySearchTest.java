package org.presstm.tm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemorySearchTest {
    @TempDir
    Path dir;
    SqliteMemory memory;

    @BeforeEach
    void memory() {
        memory = SqliteMemory.open(dir.resolve("m.db"), true);
        try (Memory.Batch b = memory.begin()) {
            b.add(TranslationUnit.of(Variant.of("az", "Sədr Estoniya nümayəndə heyətini qəbul edib."),
                    Variant.of("en", "The Chair received the delegation of Estonia."),
                    Variant.of("ru", "Председатель принял делегацию Эстонии.")));
            b.add(new TranslationUnit("ctx", null, Provenance.NONE,
                    List.of(new Prop("x-context-pre", "Başlıq."), new Prop("x-context-post", "Son.")), List.of(),
                    List.of(Variant.of("az", "Sədr Estoniya nümayəndə heyətini qəbul edib"),
                            Variant.of("en", "Chair received Estonian delegation"))));
            b.add(TranslationUnit.of(Variant.of("az", "Milli Məclisin iclası keçirilib."),
                    Variant.of("en", "The Milli Majlis held a sitting.")));
            b.commit();
        }
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        memory.close();
    }

    @Test
    void fuzzyMatchFindsTheSentenceWithOneWordChanged() {
        List<Match> m = memory.match(MatchQuery.of("Sədr Latviya nümayəndə heyətini qəbul edib.", "az", List.of("en"),
                70, 5));
        assertEquals(Match.Kind.FUZZY, m.get(0).kind());
        assertTrue(m.get(0).score() >= 80 && m.get(0).score() < 100, "score " + m.get(0).score());
        assertEquals("Sədr [Estoniya] nümayəndə heyətini qəbul edib.", m.get(0).markedSource());
        assertEquals(List.of("en"), m.get(0).targets().stream().map(Variant::lang).toList());
    }

    @Test
    void contextMatchRanksAboveExactMatch() {
        MatchQuery q = new MatchQuery(TaggedText.of("Sədr Estoniya nümayəndə heyətini qəbul edib"), "az", List.of(), 70,
                5, "Başlıq.", "Son.");
        List<Match> m = memory.match(q);
        assertEquals(Match.Kind.CONTEXT, m.get(0).kind());
        assertEquals("ctx", m.get(0).unit().tuid());
        assertEquals(99, m.get(1).score(), "the other differs by the final full stop");
    }

    @Test
    void nothingBelowTheThresholdIsReturned() {
        assertEquals(List.of(), memory.match(MatchQuery.of("Tamamilə başqa bir cümlə yazılıb.", "az", List.of(), 70, 5)));
    }

    @Test
    void searchIgnoresCaseAndDiacriticsAndFindsInflectedForms() {
        List<ConcordanceHit> hits = memory.search("MECLIS", null, 10);
        assertEquals(1, hits.size());
        assertEquals("Milli [Məclisin] iclası keçirilib.", hits.get(0).highlighted());
        assertEquals(2, memory.search("эстони", "ru", 10).size() + memory.search("estoni", "en", 10).size() - 1);
    }

    @Test
    void failedBatchLeavesMemoryUnchanged() {
        try (Memory.Batch b = memory.begin()) {
            b.add(TranslationUnit.of(Variant.of("az", "Yarımçıq qalan əlavə.")));
        }
        assertEquals(3, memory.stats().units());
    }
}
