package org.presstm.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.presstm.lang.Language;
import org.presstm.lang.NumberForms;

/**
 * Numbers and dates of a target written in another language's form: a decimal comma in English ("18,4"),
 * a decimal point in Azerbaijani or Russian ("18.4"), an Azerbaijani ordinal suffix left in ("2021-ci"), an
 * English one in Azerbaijani or Russian ("3rd"), a lower-case English month ("6 may"), a month name of
 * another language beside a number ("6 mart" in English). Stateless.
 */
final class NumberFormCheck extends BaseCheck {
    private static final Pattern DECIMAL_COMMA = Pattern.compile("(?<![\\d,.])\\d+,\\d{1,2}(?![\\d,])");
    private static final Pattern DECIMAL_POINT = Pattern.compile("(?<![\\d,.])\\d+\\.\\d{1,2}(?![\\d.])");
    private static final Pattern AZ_ORDINAL = Pattern.compile("\\d+-(?:ci|cı|cu|cü|nci|ncı|ncu|ncü)(?!\\p{L})");
    private static final Pattern EN_ORDINAL = Pattern.compile("(?<!\\p{L})\\d+(?:st|nd|rd|th)(?!\\p{L})");
    private static final Pattern WORD_BY_NUMBER = Pattern.compile("(?<=\\d )\\p{L}+|\\p{L}+(?= \\d)");

    NumberFormCheck() {
        super("numbers.form", Severity.WARNING, "A number or date of the target is written in another language's form");
    }

    @Override
    public List<Example> examples() {
        return List.of(
                Example.of(true, "Ticarət 18,4 mln. dollar olub.", "Trade reached USD 18,4 million."),
                Example.of(true, "2021-ci ildə", "In 2021-ci"),
                Example.of(true, "6 may 2021-ci il", "6 may 2021"),
                Example.of(true, Language.AZ, "Ticarət 18,4 mln. dollar olub.", Language.RU, "Товарооборот составил 18.4 млн долларов."),
                Example.of(false, "Ticarət 18,4 mln. dollar olub.", "Trade reached USD 18.4 million on 6 May."),
                Example.of(false, Language.AZ, "6 may 2021-ci il, 1,5 mln.", Language.RU, "6 мая 2021 года, 1,5 млн"));
    }

    @Override
    public void check(ParallelSegment s, Consumer<Finding> out) {
        for (Language lang : s.translatedLanguages()) {
            String t = s.target(lang).orElseThrow();
            List<Mark> marks = new ArrayList<>();
            List<String> advice = new ArrayList<>();
            if (lang == Language.EN) {
                find(DECIMAL_COMMA, t, lang, marks, advice, "a decimal point in English (18.4)");
                find(AZ_ORDINAL, t, lang, marks, advice, "English ordinals without the Azerbaijani suffix (2021, 3rd)");
                lowerCaseMonths(t, marks, advice);
            } else {
                find(DECIMAL_POINT, t, lang, marks, advice, "a decimal comma in " + name(lang) + " (18,4)");
                find(EN_ORDINAL, t, lang, marks, advice, name(lang) + " ordinals, not English ones");
                if (lang == Language.RU) {
                    find(AZ_ORDINAL, t, lang, marks, advice, "Russian ordinals (3-й), not Azerbaijani ones");
                }
            }
            foreignMonths(t, lang, marks, advice);
            if (!marks.isEmpty()) {
                out.accept(finding(s, lang, "write " + String.join("; ", advice), marks));
            }
        }
    }

    private static void find(Pattern p, String text, Language lang, List<Mark> marks, List<String> advice,
            String what) {
        Matcher m = p.matcher(text);
        boolean any = false;
        while (m.find()) {
            marks.add(new Mark(lang, m.start(), m.end()));
            any = true;
        }
        if (any) {
            advice.add(what);
        }
    }

    private static void lowerCaseMonths(String text, List<Mark> marks, List<String> advice) {
        Matcher m = WORD_BY_NUMBER.matcher(text);
        while (m.find()) {
            String w = m.group();
            String capital = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            if (Character.isLowerCase(w.charAt(0)) && NumberForms.of(Language.EN).month(capital) > 0
                    && w.length() > 3) {
                marks.add(new Mark(Language.EN, m.start(), m.end()));
                advice.add("English month names with a capital (" + capital + ")");
            } else if (w.equals("may") && (m.end() < text.length() && text.charAt(m.end()) == ' ')) {
                marks.add(new Mark(Language.EN, m.start(), m.end()));
                advice.add("English month names with a capital (May)");
            }
        }
    }

    /** A month name of another language beside a number. */
    private static void foreignMonths(String text, Language lang, List<Mark> marks, List<String> advice) {
        Matcher m = WORD_BY_NUMBER.matcher(text);
        while (m.find()) {
            String w = m.group();
            if (NumberForms.of(lang).month(w) > 0 || (lang == Language.EN && w.equals("may"))) {
                continue;
            }
            for (Language other : Language.values()) {
                if (other != lang && NumberForms.of(other).month(w) > 0) {
                    marks.add(new Mark(lang, m.start(), m.end()));
                    advice.add(name(lang) + " month names, not " + name(other) + " ones (" + w + ")");
                    break;
                }
            }
        }
    }

    private static String name(Language lang) {
        return lang.englishName();
    }
}
