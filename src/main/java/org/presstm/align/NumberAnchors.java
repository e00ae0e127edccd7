package org.presstm.align;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.presstm.lang.Language;

/**
 * Numbers and dates read the same way in every language, so that "mayın 6-da", "6 May" and "6 мая" share
 * the anchors {@code n6} and {@code m5}, and "44 günlük", "44-day", "44-дневной" share {@code n44}. Digits
 * are read with their suffixes dropped (6-cı, 6th, 6-го); thousands written 1,500 / 1 500 / 1.500 give the
 * whole number as well as its groups; Roman numerals (XXI) give their value; number words and ordinals
 * (iki, ikinci, second, второй) and month names come from {@code align/<lang>/numbers.txt, months.txt}.
 * Immutable; thread-safe.
 */
final class NumberAnchors {
    private static final Map<Language, WordForms<String>> WORDS = new EnumMap<>(Language.class);

    static {
        for (Language lang : Language.values()) {
            WordForms<String> forms = new WordForms<>();
            load(forms, lang.code() + "/numbers.txt", "n", false);
            // Azerbaijani and Russian month names take case endings (mayın, марта): their entries are stems
            load(forms, lang.code() + "/months.txt", "m", lang != Language.EN);
            WORDS.put(lang, forms);
        }
    }

    private NumberAnchors() {
    }

    private static void load(WordForms<String> forms, String file, String prefix, boolean stems) {
        for (String line : AlignData.lines(file)) {
            String[] cols = line.split("\\s+");
            String form = stems && !cols[0].endsWith("*") ? cols[0] + "*" : cols[0];
            // English month names are capitalised in the file ("May"), so the verb "may" is not a month
            forms.add(form.equals(form.toLowerCase(java.util.Locale.ROOT)) ? form : "^" + form, prefix + cols[1]);
        }
    }

    /**
     * The anchors of a word token. {@code word} is as written; {@code folded} is its case-folded form.
     */
    static void ofWord(String word, String folded, Language language, Consumer<String> sink) {
        WordForms<String> forms = WORDS.get(language);
        List<String> hits = forms.find(folded);
        if (hits.isEmpty() && Character.isUpperCase(word.charAt(0))) {
            hits = forms.find("^" + word);
        }
        hits.forEach(sink);
    }

    /** The anchors of a run of digits {@code text[from, to)}, with what stands around it. */
    static int ofDigits(String text, int from, Consumer<String> sink) {
        int to = digitsEnd(text, from);
        sink.accept("n" + stripZeros(text.substring(from, to)));
        // 1,500 / 1 500 / 1.500: the groups are anchors by themselves, and the whole number too
        StringBuilder whole = new StringBuilder(text.substring(from, to));
        int end = to;
        while (to - from <= 3 && end + 4 <= text.length() && isGroupSeparator(text.charAt(end))
                && digitsEnd(text, end + 1) == end + 4) {
            whole.append(text, end + 1, end + 4);
            end += 4;
        }
        if (end > to) {
            sink.accept("n" + stripZeros(whole.toString()));
        }
        return to;
    }

    private static boolean isGroupSeparator(char c) {
        return c == ',' || c == '.' || c == ' ' || c == '\u00A0' || c == '\u202F';
    }

    static int digitsEnd(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String stripZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }

    /**
     * The value of a Roman numeral of two or more of the letters I, V, X, L (XXI, IV), or 0: a lone I is a
     * word, and C, D, M are left out because CD, MD, DC are more often acronyms than numbers.
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
}
