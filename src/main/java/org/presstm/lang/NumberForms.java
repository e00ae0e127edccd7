package org.presstm.lang;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How one language writes numbers and dates, from {@code lang/<lang>/number-forms.txt}, {@code months.txt}
 * and {@code numbers.txt}: decimal and thousands separators, ordinal suffixes, percent words, month names and
 * number words. Words are matched case-folded, whole or (a form ending in {@code *}) by their start, longest
 * stem first; English month names only when capitalised. Immutable; thread-safe.
 */
public final class NumberForms {
    private static final Map<Language, NumberForms> CACHE = new EnumMap<>(Language.class);

    static {
        for (Language l : Language.values()) {
            CACHE.put(l, new NumberForms(l));
        }
    }

    private final Language language;
    private final char decimal;
    private final Set<Character> thousands = new HashSet<>();
    private final Set<String> ordinalSuffixes = new HashSet<>();
    private final Forms percentWords = new Forms();
    private final Forms months = new Forms();
    private final Forms numberWords = new Forms();
    private final String[] monthNames = new String[12];

    private NumberForms(Language language) {
        this.language = language;
        char dec = '.';
        for (String line : LanguageResources.lines(language, "number-forms.txt")) {
            String[] c = line.split("\\s+");
            for (int i = 1; i < c.length; i++) {
                switch (c[0]) {
                    case "decimal" -> dec = c[i].charAt(0);
                    case "thousands" -> thousands.add(c[i].equals("space") ? ' ' : c[i].charAt(0));
                    case "ordinal" -> ordinalSuffixes.add(c[i]);
                    case "percent" -> percentWords.add(c[i].replace('_', ' '), 0);
                    case "months" -> monthNames[i - 1] = c[i];
                    default -> throw new IllegalStateException("unknown line in number-forms.txt: " + line);
                }
            }
        }
        this.decimal = dec;
        load("months.txt", months);
        load("numbers.txt", numberWords);
    }

    private void load(String file, Forms forms) {
        for (String line : LanguageResources.lines(language, file)) {
            String[] c = line.split("\\s+");
            forms.add(language == Language.EN && file.equals("months.txt") ? c[0] : fold(c[0]),
                    Integer.parseInt(c[1]));
        }
    }

    public static NumberForms of(Language language) {
        return CACHE.get(language);
    }

    public Language language() {
        return language;
    }

    /** The decimal separator: '.' in English, ',' in Azerbaijani and Russian. */
    public char decimal() {
        return decimal;
    }

    /** Whether the char separates groups of thousands in this language (a space counts for every one). */
    public boolean isThousands(char c) {
        return thousands.contains(c == '\u00A0' || c == '\u202F' ? ' ' : c);
    }

    public boolean isOrdinalSuffix(String suffix) {
        return ordinalSuffixes.contains(suffix.toLowerCase(language.locale()));
    }

    /**
     * The quantity as this language writes it, for advice in messages: 18.4 or 18,4; "6 May", "6 мая",
     * "6 may"; "5%"; a time and a month as they are.
     */
    public String write(Quantity q) {
        return switch (q.kind()) {
            case NUMBER, ORDINAL -> q.value().replace('.', decimal);
            case PERCENT -> q.value().replace('.', decimal) + "%";
            case DATE -> Integer.parseInt(q.value().substring(3)) + " "
                    + monthNames[Integer.parseInt(q.value().substring(0, 2)) - 1];
            case MONTH -> monthNames[Integer.parseInt(q.value()) - 1];
            case TIME -> q.value();
        };
    }

    /** The month (1-12) a word names, or 0. */
    public int month(String word) {
        return Math.max(0, months.find(language == Language.EN ? word : fold(word)));
    }

    /** The value of a number word ("iki", "third", "трёх"), or 0. */
    public int numberWord(String word) {
        return Math.max(0, numberWords.find(fold(word)));
    }

    /** Whether the words after a number say "percent" ("faiz", "per cent", "процентов"). */
    public boolean isPercentWord(String words) {
        return percentWords.contains(fold(words));
    }

    private String fold(String word) {
        return word.toLowerCase(language == Language.AZ ? language.locale() : Locale.ROOT);
    }

    /** Word forms to values: whole words, and stems that any longer word may start. */
    private static final class Forms {
        private final Map<String, Integer> whole = new HashMap<>();
        private final Map<String, Integer> stems = new HashMap<>();
        private int longestStem;

        void add(String form, int value) {
            if (form.endsWith("*")) {
                String stem = form.substring(0, form.length() - 1);
                stems.put(stem, value);
                longestStem = Math.max(longestStem, stem.length());
            } else {
                whole.put(form, value);
            }
        }

        boolean contains(String word) {
            return find(word) != Integer.MIN_VALUE;
        }

        int find(String word) {
            Integer exact = whole.get(word);
            if (exact != null) {
                return exact;
            }
            for (int len = Math.min(longestStem, word.length()); len >= 2; len--) {
                Integer v = stems.get(word.substring(0, len));
                if (v != null) {
                    return v;
                }
            }
            return Integer.MIN_VALUE;
        }
    }
}
