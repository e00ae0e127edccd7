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
}
