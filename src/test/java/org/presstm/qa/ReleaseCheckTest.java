package org.presstm.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.presstm.align.Aligner;
import org.presstm.glossary.Glossary;
import org.presstm.glossary.TermBases;
import org.presstm.io.TextFiles;
import org.presstm.lang.Language;
import org.presstm.segment.Segmenters;

/** A three-language release of the project's own writing: clean, then with one known error at a time. */
class ReleaseCheckTest {
    private static final Path DIR = Path.of("src/test/resources/qa/release");
    private static Map<Language, String> clean;
    private static CheckContext context;
    private static ReleaseInput input;

    @BeforeAll
    static void load() {
        clean = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            clean.put(l, TextFiles.readUtf8(DIR.resolve(l.code() + ".txt")));
        }
        context = CheckContext.of(TermBases.load(Path.of("src/test/resources/qa/glossary.tsv")));
        input = new ReleaseInput(new Segmenters(), new Aligner(context.glossary().map(Glossary::matcher).orElseThrow()));
    }

    private static List<Finding> check(Map<Language, String> texts) {
        List<ParallelSegment> segments = input.segments("release", texts);
        return new CheckRunner(Checks.create(context)).run("test", SegmentSource.of(segments)).findings();
    }

    private static List<Finding> withError(Language lang, String from, String to) {
        Map<Language, String> texts = new EnumMap<>(clean);
        assertTrue(texts.get(lang).contains(from), from);
        texts.put(lang, texts.get(lang).replace(from, to));
        return check(texts);
    }

    private static void assertCaught(String check, List<Finding> findings) {
        assertTrue(findings.stream().anyMatch(f -> f.check().equals(check)), check + " not in " + findings);
    }

    @Test
    void cleanReleaseHasNoFindings() {
        assertEquals(List.of(), check(clean));
    }

    @Test
    void joinsTheThreeVersionsSentenceBySentence() {
        List<ParallelSegment> segments = input.segments("release", clean);
        assertEquals(7, segments.size());
        assertTrue(segments.stream().allMatch(s -> s.translatedLanguages().equals(List.of(Language.EN, Language.RU))));
    }

    @Test
    void changedNumberDateAndPercentageAreCaught() {
        assertCaught("numbers.missing", withError(Language.EN, "30-year", "20-year"));
        assertCaught("numbers.missing", withError(Language.RU, "20 мая", "21 мая"));
        assertCaught("numbers.missing", withError(Language.EN, "12.5 percent", "12.5"));
        assertCaught("numbers.form", withError(Language.EN, "12.5 percent", "12,5 percent"));
    }

    @Test
    void droppedSentenceIsCaught() {
        assertCaught("completeness.missing", withError(Language.RU,
                " Следующую встречу договорились провести 20 мая в Тбилиси.", ""));
    }

    @Test
    void termsAndNamesAreCaught() {
        assertCaught("terms.deprecated", withError(Language.EN, "The Chair of the Milli Majlis", "The Chair of the Milli Mejlis"));
        assertCaught("terms.missing", withError(Language.RU, "Председатель Милли Меджлиса", "Председатель парламента"));
        assertCaught("names.spelling", withError(Language.EN, "Azay Guliyev", "Azay Quliyev"));
        assertCaught("names.spelling", withError(Language.EN, "Azay Guliyev", "Azay Guliev"));
    }

    @Test
    void formErrorsAreCaught() {
        assertCaught("form.spaces", withError(Language.EN, "received a delegation", "received  a delegation"));
        assertCaught("form.brackets", withError(Language.EN, "the Parliament of Georgia", "the (Parliament of Georgia"));
        assertCaught("form.end-punctuation", withError(Language.EN, "also attended the meeting.", "also attended the meeting!"));
    }

    @Test
    void englishAndRussianThatDisagreeAreCaught() {
        assertCaught("cross-target", withError(Language.EN, "MP Azay Guliyev also attended the meeting.",
                "MP Azay Guliyev also attended the meeting on 7 April."));
    }

    private static Map<Language, String> edited(Language lang, String from, String to) {
        Map<Language, String> texts = new EnumMap<>(clean);
        assertTrue(texts.get(lang).contains(from), from);
        texts.put(lang, texts.get(lang).replace(from, to));
        return texts;
    }

    @Test
    void frameLinesThatAgenciesAddOrWordOtherwiseAreNotFindings() {
        // an agency's date line opening the lead, its byline, and a source line of its own
        Map<Language, String> texts = edited(Language.EN, "The Chair of the Milli Majlis received",
                "TBILISI, Georgia, April 5. The Chair of the Milli Majlis received");
        texts.put(Language.EN, texts.get(Language.EN) + "\nBy Trend\n");
        texts.put(Language.RU, texts.get(Language.RU).replace("30-летняя история сотрудничества двух стран.",
                "30-летняя история сотрудничества двух стран.\n\nОб этом сообщает Trend."));
        assertEquals(List.of(), check(texts));
    }

    @Test
    void publicationTimesOfTheDateLinesMayDiffer() {
        assertEquals(List.of(), check(edited(Language.RU, "2026 г., 14:20", "2026 г., 15:05")));
    }

    @Test
    void aChangedDateInTheDateLineIsCaught() {
        assertCaught("numbers.missing", withError(Language.RU, "5 апреля 2026 г., 14:20", "6 апреля 2026 г., 14:20"));
    }

    @Test
    void aSourceLineThatExclaimsIsCaughtThoughNoVersionPairsWithIt() {
        String line = "30-летняя история сотрудничества двух стран.";
        assertEquals(List.of(), check(edited(Language.RU, line, line + "\n\nОб этом сообщает Trend.")));
        assertCaught("form.end-punctuation", check(edited(Language.RU, line, line + "\n\nОб этом сообщает Trend!")));
    }

    @Test
    void aTermOnlyInTheAttributionDoesNotStandForTheSentencesTerm() {
        assertCaught("terms.missing", withError(Language.RU, "Председатель Милли Меджлиса приняла",
                "Как сообщили в пресс-службе Милли Меджлиса, председатель парламента приняла"));
    }

    @Test
    void rolesOfTheReleaseReachTheSegments() {
        List<ParallelSegment> segments = input.segments("release", clean);
        assertEquals(org.presstm.align.ReleaseStructure.Role.HEADLINE, segments.get(0).role(Language.AZ));
        assertEquals(org.presstm.align.ReleaseStructure.Role.DATELINE, segments.get(1).role(Language.RU));
        assertTrue(segments.get(1).isFrame(Language.EN));
        assertEquals(org.presstm.align.ReleaseStructure.Role.BODY, segments.get(2).role(Language.EN));
    }
}
