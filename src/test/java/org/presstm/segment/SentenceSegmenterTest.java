package org.presstm.segment;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.presstm.lang.Language;

class SentenceSegmenterTest {
    private static final Segmenters SEGMENTERS = new Segmenters();

    private static List<String> sentences(Language lang, String text) {
        return SEGMENTERS.forLanguage(lang, false).segment(text).stream().map(Segment::text).toList();
    }

    @Test
    void azerbaijaniAbbreviationsAndInitialsDoNotEndSentences() {
        assertEquals(List.of("Görüşdə prof. Kərim Əlizadə və E. Həsənov iştirak ediblər.",
                "Müzakirələr davam edir."),
                sentences(Language.AZ, "Görüşdə prof. Kərim Əlizadə və E. Həsənov iştirak ediblər. "
                        + "Müzakirələr davam edir."));
    }

    @Test
    void russianAbbreviationsAndInitialsDoNotEndSentences() {
        assertEquals(List.of("Встреча прошла на ул. Истиглалийят, в ней участвовал проф. Р. Гасанов.",
                "Стороны обсудили сотрудничество."),
                sentences(Language.RU, "Встреча прошла на ул. Истиглалийят, в ней участвовал проф. Р. Гасанов. "
                        + "Стороны обсудили сотрудничество."));
    }

    @Test
    void englishTitlesBeforeNamesDoNotEndSentences() {
        assertEquals(List.of("It was signed by Sen. Tom Ford and Dr. Anna Berg.", "They left."),
                sentences(Language.EN, "It was signed by Sen. Tom Ford and Dr. Anna Berg. They left."));
    }

    @Test
    void agencyDatelineStaysInTheLeadSentence() {
        assertEquals(List.of("BAKU, Azerbaijan, October 19. The Speaker met the delegation.", "Talks went well."),
                sentences(Language.EN, "BAKU, Azerbaijan, October 19. The Speaker met the delegation. Talks went well."));
    }

    @Test
    void quotedQuestionFollowedByLowercaseStaysOneSentence() {
        assertEquals(List.of("«Когда это закончится?» — спросил депутат.", "Ответа не было."),
                sentences(Language.RU, "«Когда это закончится?» — спросил депутат. Ответа не было."));
    }

    @Test
    void titleAndDateLineAreSegmentsOfTheirOwn() {
        List<Segment> segs = SEGMENTERS.forLanguage(Language.AZ, false).segment(
                "Milli Məclisdə görüş\n\n12 mart 2026, 11:40\n\nBakı, 12 mart. Sədr qonaqları qəbul edib.");
        assertEquals("Milli Məclisdə görüş", segs.get(0).text());
        assertEquals("12 mart 2026, 11:40", segs.get(1).text());
        assertEquals(List.of(0, 1, 2), segs.stream().map(Segment::paragraph).distinct().toList());
    }

    @Test
    void softWrappedLineStaysInsideItsSentence() {
        assertEquals(List.of("Milli Məclisin Sədri\nqonaqları qəbul edib.", "Görüş uzun çəkib."),
                sentences(Language.AZ, "Milli Məclisin Sədri\nqonaqları qəbul edib. Görüş uzun çəkib."));
    }

    @Test
    void strayClosingQuoteJoinsThePreviousSentence() {
        List<String> s = sentences(Language.AZ, "O dedi: \"Ümid edirəm ki, hər şey yaxşı olacaq. \"");
        assertEquals(1, s.size());
    }

    @Test
    void textStartingWithAnAbbreviationDoesNotThrow() {
        assertEquals(List.of("prof. Əliyev gəldi."), sentences(Language.AZ, "prof. Əliyev gəldi."));
        assertEquals(List.of("проф. Иванов пришёл."), sentences(Language.RU, "проф. Иванов пришёл."));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void segmentsCoverTheTextExactlyOnce(Language lang) {
        String text = "Title line\r\n\r\n" + "First sentence here. Second one, with 3.5 and 12.03.2026! "
                + "Third?\n\"Quoted.\" Next… end\n\n\n  Last paragraph without end";
        assertRoundTrip(text, SEGMENTERS.forLanguage(lang, false).segment(text));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void randomTextNeverThrowsAndRoundTrips(Language lang) {
        Random random = new Random(42 + lang.ordinal());
        String alphabet = "abcəıöüşçğ ABCƏİÖÜ абвгдеёжзАБВГ .....!!??…\"«»“”()-—\n\n\r\t0123456789 prof. г. Dr. ";
        Segmenter segmenter = SEGMENTERS.forLanguage(lang, false);
        for (int round = 0; round < 300; round++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(200);
            for (int i = 0; i < length; i++) {
                sb.append(random.nextInt(20) == 0 ? (char) random.nextInt(0x3000)
                        : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            List<Segment> segs = assertDoesNotThrow(() -> segmenter.segment(text), () -> "input: " + text);
            assertRoundTrip(text, segs);
        }
    }

    /** Joining the segments with the white space between them gives back the text. */
    static void assertRoundTrip(String text, List<Segment> segments) {
        StringBuilder rebuilt = new StringBuilder();
        int pos = 0;
        for (Segment s : segments) {
            String gap = text.substring(pos, s.start());
            assertTrue(gap.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                    || c == '\uFEFF'), () -> "non-space text outside segments: [" + gap + "] in " + text);
            assertEquals(text.substring(s.start(), s.end()), s.text());
            rebuilt.append(gap).append(s.text());
            pos = s.end();
        }
        String tail = text.substring(pos);
        assertTrue(tail.isBlank() || tail.chars().allMatch(c -> Character.isSpaceChar(c) || c == '\uFEFF'),
                () -> "text after the last segment: [" + tail + "]");
        assertEquals(text, rebuilt.append(tail).toString());
    }
}
