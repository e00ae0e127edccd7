package org.presstm.lang;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the numbers, dates, times, percentages and ordinals of a text in one language into
 * {@link Quantity quantities} that compare across languages. It knows each language's forms
 * ({@link NumberForms}): "18,4" is 18.4 in Azerbaijani and Russian; "1,500" is 1500 in English; "3-cü",
 * "3rd", "3-й" and "üçüncü", "third", "третий" are 3; "XXI" is 21; "6 may", "mayın 6-da", "May 6", "6 мая"
 * are the date 05-06; "11:40" is a time; "5%", "5 faiz", "5 per cent" are a percentage. Digits glued to the
 * end of a word ("COP29") count; digits that start a word ("1news") do not. Stateless; thread-safe.
 */
public final class NumberReader {
    private static final Map<Language, NumberReader> READERS = new EnumMap<>(Language.class);
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\G(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4})(?!\\d)");
    private static final Pattern ISO_DATE = Pattern.compile("\\G(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern TIME = Pattern.compile("\\G(\\d{1,2}):(\\d{2})(?![\\d:])");

    static {
        for (Language l : Language.values()) {
            READERS.put(l, new NumberReader(NumberForms.of(l)));
        }
    }

    private final NumberForms forms;

    private NumberReader(NumberForms forms) {
        this.forms = forms;
    }

    public static NumberReader of(Language language) {
        return READERS.get(language);
    }

    /** The quantities of the text, in text order. */
    public List<Quantity> read(String text) {
        List<Quantity> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (isDigit(c)) {
                i = digits(text, i, out);
            } else if (Character.isLetter(c)) {
                i = word(text, i, out);
            } else {
                i++;
            }
        }
        return out;
    }

    private int digits(String text, int i, List<Quantity> out) {
        if (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            int end = digitsEnd(text, i);
            out.add(number(Quantity.Kind.NUMBER, List.of(strip(text.substring(i, end))), i, end, false));
            return end;
        }
        Matcher m = NUMERIC_DATE.matcher(text).region(i, text.length());
        if (m.lookingAt() && validDay(m.group(1), m.group(3))) {
            out.add(date(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)), i, m.start(4)));
            out.add(number(Quantity.Kind.NUMBER, List.of(m.group(4)), m.start(4), m.end(), false));
            return m.end();
        }
        m = ISO_DATE.matcher(text).region(i, text.length());
        if (m.lookingAt() && validDay(m.group(3), m.group(2))) {
            out.add(number(Quantity.Kind.NUMBER, List.of(m.group(1)), i, m.end(1), false));
            out.add(date(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.start(2), m.end()));
            return m.end();
        }
        m = TIME.matcher(text).region(i, text.length());
        if (m.lookingAt() && Integer.parseInt(m.group(1)) < 24 && Integer.parseInt(m.group(2)) < 60) {
            String t = Integer.parseInt(m.group(1)) + ":" + m.group(2);
            out.add(new Quantity(Quantity.Kind.TIME, List.of("t" + t), t, i, m.end(), false));
            return m.end();
        }
        return plainNumber(text, i, out);
    }

    private int plainNumber(String text, int i, List<Quantity> out) {
        NumberText n = NumberText.read(text, i, forms);
        int end = n.end();
        Quantity.Kind kind = Quantity.Kind.NUMBER;
        if (end + 1 < text.length() && text.charAt(end) == '-' && Character.isLetter(text.charAt(end + 1))) {
            int wordEnd = wordEnd(text, end + 1);
            kind = forms.isOrdinalSuffix(text.substring(end + 1, wordEnd)) ? Quantity.Kind.ORDINAL : kind;
            end = wordEnd;
        } else if (end < text.length() && Character.isLetter(text.charAt(end))) {
            int wordEnd = wordEnd(text, end);
            String glued = text.substring(end, wordEnd);
            if (forms.isOrdinalSuffix(glued)) {
                kind = Quantity.Kind.ORDINAL;
            } else if (glued.length() > 2) {
                return wordEnd; // an identifier such as "1news", not a number
            }
            end = wordEnd;
        }
        int percentEnd = percentEnd(text, end);
        if (percentEnd > 0) {
            out.add(number(Quantity.Kind.PERCENT, n.values(), i, percentEnd, false));
            return percentEnd;
        }
        int monthEnd = kind != Quantity.Kind.ORDINAL || forms.language() != Language.EN ? monthAfter(text, end, n) : -1;
        if (monthEnd > 0) {
            int month = forms.month(text.substring(nextWordStart(text, end), monthEnd));
            out.add(date(month, Integer.parseInt(n.values().get(0)), i, monthEnd));
            return monthEnd;
        }
        out.add(number(kind, n.values(), i, end, false));
        return end;
    }

    /** The end of a month name that follows a day number (1-31) after one space, or -1. */
    private int monthAfter(String text, int end, NumberText n) {
        if (!n.isDay()) {
            return -1;
        }
        int start = nextWordStart(text, end);
        if (start < 0) {
            return -1;
        }
        int wordEnd = wordEnd(text, start);
        return forms.month(text.substring(start, wordEnd)) > 0 ? wordEnd : -1;
    }

    /** The end of "%", "faiz", "per cent", "процентов" after a number, or -1. */
    private int percentEnd(String text, int end) {
        int i = end;
        if (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '%') {
            return i + 1;
        }
        int start = nextWordStart(text, end);
        if (start < 0) {
            return -1;
        }
        int wordEnd = wordEnd(text, start);
        if (forms.isPercentWord(text.substring(start, wordEnd))) {
            return wordEnd;
        }
        int second = nextWordStart(text, wordEnd);
        if (second > 0) {
            int secondEnd = wordEnd(text, second);
            if (forms.isPercentWord(text.substring(start, wordEnd) + " " + text.substring(second, secondEnd))) {
                return secondEnd;
            }
        }
        return -1;
    }

    private int word(String text, int i, List<Quantity> out) {
        int end = wordEnd(text, i);
        String word = text.substring(i, end);
        int roman = roman(word);
        if (roman == 0 && isLoneRoman(word) && capitalisedWordFollows(text, end)) {
            roman = word.charAt(0) == 'X' ? 10 : 5;
        }
        if (roman > 0) {
            out.add(number(Quantity.Kind.ORDINAL, List.of(String.valueOf(roman)), i, end, false));
            return end;
        }
        int month = forms.month(word);
        if (month > 0) {
            return month(text, i, end, month, out);
        }
        int value = forms.numberWord(word);
        if (value > 0) {
            out.add(number(Quantity.Kind.NUMBER, List.of(String.valueOf(value)), i, end, true));
        }
        return end;
    }

    /** A month name: a date when a day number follows ("May 6", "mayın 6-da"), else an optional month. */
    private int month(String text, int i, int end, int month, List<Quantity> out) {
        int next = nextWordStart(text, end);
        if (next > 0 && isDigit(text.charAt(next))) {
            NumberText n = NumberText.read(text, next, forms);
            if (n.isDay()) {
                int dayEnd = n.end();
                if (dayEnd < text.length() && (text.charAt(dayEnd) == '-' || Character.isLetter(text.charAt(dayEnd)))) {
                    dayEnd = wordEnd(text, dayEnd + (text.charAt(dayEnd) == '-' ? 1 : 0));
                }
                out.add(date(month, Integer.parseInt(n.values().get(0)), i, dayEnd));
                return dayEnd;
            }
        }
        boolean besideNumber = next > 0 && isDigit(text.charAt(next))
                || i >= 2 && text.charAt(i - 1) == ' ' && isDigit(text.charAt(i - 2));
        if (forms.language() != Language.EN || besideNumber) {
            String v = String.format("%02d", month);
            out.add(new Quantity(Quantity.Kind.MONTH, List.of("m" + v), v, i, end, true));
        }
        return end;
    }

    private static Quantity number(Quantity.Kind kind, List<String> values, int start, int end, boolean optional) {
        List<String> keys = values.stream().map(v -> kind.prefix() + v).toList();
        return new Quantity(kind, keys, values.get(0), start, end, optional);
    }

    private static Quantity date(int month, int day, int start, int end) {
        String v = String.format("%02d-%02d", month, day);
        return new Quantity(Quantity.Kind.DATE, List.of("d" + v), v, start, end, false);
    }

    private static boolean validDay(String day, String month) {
        int d = Integer.parseInt(day);
        int m = Integer.parseInt(month);
        return d >= 1 && d <= 31 && m >= 1 && m <= 12;
    }

    /**
     * The value of a Roman numeral of two or more of the capitals I, V, X, L, C ("XXI", "IV"), or 0.
     * A lone "I" or "V" is too often a word or an initial to read.
     */
    static int roman(String word) {
        if (word.length() < 2 || word.length() > 8) {
            return 0;
        }
        int total = 0;
        int prev = 0;
        for (int i = word.length() - 1; i >= 0; i--) {
            int v = switch (word.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                case 'C' -> 100;
                default -> -1;
            };
            if (v < 0) {
                return 0;
            }
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        return total;
    }

    /**
     * A one-letter X or V, which is a Roman numeral when a capitalised word follows ("X Parlament Forumu",
     * "the X Forum"): alone it may be a letter, and I is also the English pronoun, so neither is read.
     */
    static boolean isLoneRoman(String word) {
        return word.equals("X") || word.equals("V");
    }

    private static boolean capitalisedWordFollows(String text, int end) {
        int next = nextWordStart(text, end);
        return next > 0 && Character.isUpperCase(text.charAt(next));
    }

    /** The start of the word after one space (or no-break space) at {@code end}, or -1. */
    static int nextWordStart(String text, int end) {
        if (end + 1 < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\u00A0')
                && Character.isLetterOrDigit(text.charAt(end + 1))) {
            return end + 1;
        }
        return -1;
    }

    static int wordEnd(String text, int from) {
        int i = from;
        while (i < text.length() && (Character.isLetter(text.charAt(i))
                || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK)) {
            i++;
        }
        return i;
    }

    static int digitsEnd(String text, int from) {
        int i = from;
        while (i < text.length() && isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static String strip(String digits) {
        return new BigDecimal(digits).stripTrailingZeros().toPlainString();
    }
}
