package org.presstm.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class NumberReaderTest {
    private static List<String> keys(Language lang, String text) {
        return NumberReader.of(lang).read(text).stream().filter(q -> !q.optional()).map(Quantity::key).toList();
    }

    @Test
    void readsTheSameDateInEachLanguagesForm() {
        assertEquals(List.of("d05-06", "n2021"), keys(Language.AZ, "6 may 2021-ci il"));
        assertEquals(List.of("d05-06", "n2021"), keys(Language.EN, "6 May 2021"));
        assertEquals(List.of("d05-06", "n2021"), keys(Language.EN, "May 6, 2021"));
        assertEquals(List.of("d05-06", "n2021"), keys(Language.RU, "6 мая 2021 года"));
        assertEquals(List.of("d05-06"), keys(Language.AZ, "mayın 6-da"));
        assertEquals(List.of("d05-06", "n2021"), keys(Language.RU, "06.05.2021"));
    }

    @Test
    void readsCompoundsOrdinalsAndRomanCenturies() {
        assertEquals(List.of("n44"), keys(Language.AZ, "44 günlük"));
        assertEquals(List.of("n44"), keys(Language.EN, "44-day"));
        assertEquals(List.of("n44"), keys(Language.RU, "44-дневной"));
        assertEquals(List.of("n21"), keys(Language.AZ, "XXI əsr"));
        assertEquals(List.of("n21"), keys(Language.EN, "21st century"));
        assertEquals(List.of("n10"), keys(Language.AZ, "BRİKS ölkələrinin X Parlament Forumunda"));
        assertEquals(List.of("n10"), keys(Language.RU, "в 10-м Парламентском форуме"));
        assertEquals(List.of(), keys(Language.EN, "Plan X and plan B"));
        assertEquals(List.of(), keys(Language.EN, "Vitamin C"));
        assertEquals(Quantity.Kind.ORDINAL, NumberReader.of(Language.AZ).read("3-cü").get(0).kind());
    }

    @Test
    void readsDecimalsThousandsPercentagesAndTimesByLanguage() {
        assertEquals(List.of("n18.4"), keys(Language.AZ, "18,4 mln."));
        assertEquals(List.of("n18.4"), keys(Language.EN, "18.4 million"));
        assertEquals(List.of("n1500"), keys(Language.RU, "1 500 человек"));
        assertEquals(List.of("n1500", "n1.5"), NumberReader.of(Language.EN).read("1,500").get(0).keys());
        assertEquals(List.of("p12.5"), keys(Language.EN, "12.5 percent"));
        assertEquals(List.of("p12.5"), keys(Language.RU, "12,5 процента"));
        assertEquals(List.of("p5"), keys(Language.AZ, "5 faiz"));
        assertEquals(List.of("t14:20"), keys(Language.AZ, "saat 14:20"));
    }

    @Test
    void numberWordsAreOptionalAndWordInitialDigitsAreNoNumbers() {
        Quantity two = NumberReader.of(Language.EN).read("two countries").get(0);
        assertTrue(two.optional());
        assertEquals("n2", two.key());
        assertEquals(List.of(), keys(Language.AZ, "1news.az saytı"));
        assertEquals(List.of("n29"), keys(Language.EN, "COP29"));
    }

    @Test
    void writesQuantitiesInTheTargetsForm() {
        Quantity date = NumberReader.of(Language.AZ).read("6 may").get(0);
        assertEquals("6 May", NumberForms.of(Language.EN).write(date));
        assertEquals("6 мая", NumberForms.of(Language.RU).write(date));
        Quantity decimal = NumberReader.of(Language.EN).read("18.4").get(0);
        assertEquals("18,4", NumberForms.of(Language.AZ).write(decimal));
    }

    @Test
    void neverThrowsOnOddInput() {
        for (String s : List.of("", "-", "1.", ",5", "12:99", "31.13.2021", "9999999999999999999999", "1 2 3",
                "мая", "May", "IIII", "1,2,3,4", "5%%", "2021-13-45")) {
            for (Language l : Language.values()) {
                assertNotNull(NumberReader.of(l).read(s), () -> l + ": " + s);
            }
        }
    }
}
