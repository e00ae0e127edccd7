package org.presstm.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.presstm.lang.Language;

/** The injector puts errors only where a reader comparing the versions could see them. */
class ErrorInjectorTest {
    private static final String DATELINE = "Baku, 5 March";
    private static final String SENTENCE = "The Chair of the parliament received the delegation of Georgia today.";
    private static final String SOURCE_LINE = "This was reported by the press service of the parliament.";
    private static final Map<Language, String> TEXTS = Map.of(Language.AZ, "Bakı, 5 mart\n\nSədr Gürcüstan nümayəndə heyətini qəbul edib.\n",
            Language.EN, DATELINE + "\n\n" + SENTENCE + "\n\n" + SOURCE_LINE + "\n");
    private final ErrorInjector injector = new ErrorInjector(Optional.empty());

    private Optional<Map<Language, String>> inject(ErrorInjector.Kind kind, String comparedWith) {
        List<ErrorInjector.Part> parts = List.of(
                new ErrorInjector.Part(DATELINE, DATELINE, Map.of(Language.AZ, comparedWith), true),
                new ErrorInjector.Part(SENTENCE, SENTENCE, Map.of(Language.AZ, "Sədr Gürcüstan nümayəndə heyətini qəbul edib."), false),
                new ErrorInjector.Part(SOURCE_LINE, SOURCE_LINE, Map.of(Language.AZ, comparedWith), true));
        return injector.inject(kind, TEXTS, Language.AZ, Map.of(Language.EN, parts), Map.of(), new Random(1));
    }

    @Test
    void aDateLineDateAnotherVersionSaysMayBeChanged() {
        String changed = inject(ErrorInjector.Kind.DATE, "Bakı, 5 mart").orElseThrow().get(Language.EN);
        assertTrue(changed.startsWith("Baku, 6 March"), changed);
    }

    @Test
    void aDateNoOtherVersionSaysIsLeftAlone() {
        assertEquals(Optional.empty(), inject(ErrorInjector.Kind.DATE, "Bakı"));
    }

    @Test
    void aDroppedSentenceIsNeverAWholeFrameLine() {
        for (int seed = 0; seed < 20; seed++) {
            List<ErrorInjector.Part> parts = List.of(
                    new ErrorInjector.Part(SENTENCE, SENTENCE, Map.of(Language.AZ, "Sədr nümayəndə heyətini qəbul edib."), false),
                    new ErrorInjector.Part(SOURCE_LINE, SOURCE_LINE, Map.of(Language.AZ, "Bunu mətbuat xidməti bildirib."), true));
            String changed = injector.inject(ErrorInjector.Kind.DROPPED_SENTENCE, TEXTS, Language.AZ,
                    Map.of(Language.EN, parts), Map.of(), new Random(seed)).orElseThrow().get(Language.EN);
            assertTrue(changed.contains(SOURCE_LINE) && !changed.contains(SENTENCE), changed);
        }
    }
}
