package org.presstm.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.presstm.io.TextFiles;
import org.presstm.lang.Language;
import org.presstm.segment.Segmenters;

class ThreeWayJoinTest {
    static Map<Language, String> bundledRelease() throws IOException {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Language lang : Language.values()) {
            try (InputStream in = ThreeWayJoinTest.class.getResourceAsStream("/demo/past/" + lang + ".txt")) {
                texts.put(lang, TextFiles.decodeTrusted(in.readAllBytes()));
            }
        }
        return texts;
    }

    @Test
    void theBundledReleaseGivesTrilingualUnitsThatAgree() throws IOException {
        Release r = new ReleaseAligner(new Segmenters(), new Aligner()).align("demo", bundledRelease());
        assertEquals(3, r.result().pairs().size());
        assertTrue(r.units().size() >= 8, r.units().toString());
        assertTrue(r.units().stream().allMatch(u -> u.sentences().size() == 3 && u.consistent()));
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
    }

    @Test
    void twoVersionsGiveTwoLanguageUnits() throws IOException {
        Map<Language, String> texts = bundledRelease();
        texts.remove(Language.EN);
        Release r = new ReleaseAligner(new Segmenters(), new Aligner()).align("demo", texts);
        assertEquals(1, r.result().pairs().size());
        assertTrue(r.units().stream().allMatch(u -> u.sentences().keySet().equals(
                java.util.EnumSet.of(Language.AZ, Language.RU))));
    }

    @Test
    void theReviewPageIsSelfContained() throws IOException {
        Release r = new ReleaseAligner(new Segmenters(), new Aligner()).align("demo <1>", bundledRelease());
        String html = ReviewPage.html(java.util.List.of(r));
        assertTrue(html.contains("demo &lt;1&gt;"));
        assertTrue(!html.contains("http://") && !html.contains("https://") && !html.contains("<script"));
    }

    @Test
    void pairAlignmentsThatAgreeThroughTheThirdLanguageAreReused() {
        Map<String, Alignment> agreeing = new java.util.LinkedHashMap<>();
        agreeing.put(ThreeWayJoin.key(Language.AZ, Language.EN), alignment(Language.AZ, Language.EN, "[0]:[0]", "[1]:[1, 2]"));
        agreeing.put(ThreeWayJoin.key(Language.AZ, Language.RU), alignment(Language.AZ, Language.RU, "[0]:[0]", "[1]:[1]"));
        agreeing.put(ThreeWayJoin.key(Language.EN, Language.RU), alignment(Language.EN, Language.RU, "[0]:[0]", "[1, 2]:[1]"));
        assertTrue(ThreeWayJoin.agree(agreeing));
        Map<String, Alignment> crossing = new java.util.LinkedHashMap<>(agreeing);
        crossing.put(ThreeWayJoin.key(Language.EN, Language.RU), alignment(Language.EN, Language.RU, "[0, 1]:[0]", "[2]:[1]"));
        assertTrue(!ThreeWayJoin.agree(crossing));
    }

    private static Alignment alignment(Language s, Language t, String... beads) {
        java.util.List<Bead> list = new java.util.ArrayList<>();
        for (String b : beads) {
            String[] sides = b.split(":");
            list.add(new Bead(ints(sides[0]), ints(sides[1]), 1.0));
        }
        return new Alignment(s, t, list, java.util.List.of());
    }

    private static java.util.List<Integer> ints(String side) {
        String inner = side.substring(1, side.length() - 1).strip();
        return inner.isEmpty() ? java.util.List.of()
                : java.util.Arrays.stream(inner.split(",\\s*")).map(Integer::valueOf).toList();
    }
}
