package org.presstm.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ParagraphSplitterTest {
    private static List<String> texts(String text, boolean lines) {
        return new ParagraphSplitter(lines).split(text).stream().map(p -> text.substring(p.start(), p.end())).toList();
    }

    @Test
    void blankLinesSeparateParagraphs() {
        assertEquals(List.of("Başlıq", "Bir. İki.", "Üç."), texts("Başlıq\n\nBir. İki.\n \t\nÜç.\n", false));
    }

    @Test
    void singleLineBreakIsSoftWrap() {
        assertEquals(List.of("- 20 fevral, 2026\n- 10:17"), texts("- 20 fevral, 2026\n- 10:17\n", false));
    }

    @Test
    void crlfAndCrLineEndsAreAccepted() {
        assertEquals(List.of("A b.\r\nC d.", "E."), texts("A b.\r\nC d.\r\n\r\nE.", false));
        assertEquals(List.of("A.", "B."), texts("A.\r\rB.", false));
    }

    @Test
    void lineModeMakesEveryLineAParagraph() {
        assertEquals(List.of("One.", "Two.", "Three."), texts("One.\nTwo.\n\nThree.", true));
    }

    @Test
    void paragraphIndexesCountFromZero() {
        List<Paragraph> ps = new ParagraphSplitter(false).split("\n\nA.\n\n\nB.");
        assertEquals(0, ps.get(0).index());
        assertEquals(1, ps.get(1).index());
        assertEquals(2, ps.get(0).start());
    }

    @Test
    void emptyAndBlankTextsHaveNoParagraphs() {
        assertEquals(List.of(), texts("", false));
        assertEquals(List.of(), texts(" \n\t\n", false));
    }
}
