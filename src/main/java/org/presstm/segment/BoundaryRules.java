package org.presstm.segment;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.presstm.io.BundledLists;
import org.presstm.lang.Language;

/**
 * Language knowledge applied after the statistical detector, as a veto on boundaries it proposes. A
 * statistical model learns tendencies; these rules encode what is certain in news and release text:
 * <ul>
 * <li>a sentence does not start with a lowercase letter (after any quote, bracket or dash): this keeps
 * {@code "Why?" she asked}, {@code «Это важно!» — сказал он} and {@code at 3 p.m. on Monday} whole;</li>
 * <li>an abbreviation that stands before a name or number ({@code Sen.}, {@code prof.}, {@code им.}) does
 * not end a sentence ({@code segment/<lang>/abbreviations.txt});</li>
 * <li>a single-letter initial before a capitalised word is an initial ({@code E. Həsənov}, {@code Р. Гасанов});</li>
 * <li>in Cyrillic text, a dot between two Latin-script words belongs to a foreign name ({@code U.S. Drought
 * Monitor}, {@code Dr. PawPaw});</li>
 * <li>an agency dateline that opens a paragraph ({@code BAKU, Azerbaijan, October 19.}) stays in the lead
 * sentence, as the corpus's and agencies' convention has it ({@code segment/<lang>/months.txt}).</li>
 * </ul>
 * Immutable and thread-safe; the word lists are read once per language.
 */
public final class BoundaryRules {
    private static final BoundaryRules NONE = new BoundaryRules(Set.of(), Set.of(), false, false);

    private final Set<String> nonFinalAbbreviations;
    private final Set<String> months;
    private final boolean enabled;
    private final boolean cyrillic;

    private BoundaryRules(Set<String> nonFinalAbbreviations, Set<String> months, boolean enabled,
            boolean cyrillic) {
        this.cyrillic = cyrillic;
        this.nonFinalAbbreviations = Set.copyOf(nonFinalAbbreviations);
        this.months = Set.copyOf(months);
        this.enabled = enabled;
    }

    /** No rules: the detector's boundaries as they are (for baselines). */
    public static BoundaryRules none() {
        return NONE;
    }

    public static BoundaryRules forLanguage(Language language) {
        String dir = "/segment/" + language.code() + "/";
        Set<String> months = new HashSet<>();
        for (String m : BundledLists.lines(dir + "months.txt")) {
            months.add(m.toLowerCase(language.locale()));
        }
        return new BoundaryRules(new HashSet<>(BundledLists.lines(dir + "abbreviations.txt")),
                months, true, language == Language.RU);
    }

    /**
     * @param paragraph the paragraph's text, line breaks flattened to spaces
     * @param boundary  offset just after the candidate sentence's last character
     */
    public boolean allowsBoundary(String paragraph, int boundary) {
        if (!enabled) {
            return true;
        }
        int next = firstLetterOrDigitAfter(paragraph, boundary);
        if (next < 0) {
            return true;
        }
        char first = paragraph.charAt(next);
        if (Character.isLowerCase(first)) {
            return false;
        }
        String word = wordBefore(paragraph, boundary);
        if (isNonFinalAbbreviation(word)) {
            return false;
        }
        if (isInitial(word) && Character.isUpperCase(first)) {
            return false;
        }
        if (cyrillic && isLatinWord(word) && isLatin(first)) {
            return false;
        }
        return !isDateline(paragraph, boundary);
    }

    /**
     * A boundary the detector may miss but that is certain: sentence-final punctuation (and closing quotes
     * or brackets), white space, then an opening quote or a dialogue dash and a capital letter, as in
     * {@code ...правду?» «За вами} or {@code сказал он. — «Мы}. OpenNLP's features look at the next token's
     * first character, which here is the quote, so the capital behind it goes unseen.
     *
     * @param boundary offset just after the closing punctuation of the candidate sentence
     */
    public boolean isCertainBoundary(String paragraph, int boundary) {
        if (!enabled || boundary <= 0 || boundary >= paragraph.length()
                || !ParagraphSplitter.isSpace(paragraph.charAt(boundary))) {
            return false;
        }
        int i = boundary;
        while (i > 0 && isClosing(paragraph.charAt(i - 1))) {
            i--;
        }
        if (i == 0 || ".?!…".indexOf(paragraph.charAt(i - 1)) < 0) {
            return false;
        }
        int j = boundary;
        while (j < paragraph.length() && ParagraphSplitter.isSpace(paragraph.charAt(j))) {
            j++;
        }
        if (j >= paragraph.length() || "\"«“„‘—–-".indexOf(paragraph.charAt(j)) < 0) {
            return false;
        }
        int next = firstLetterOrDigitAfter(paragraph, j);
        return next >= 0 && Character.isUpperCase(paragraph.charAt(next))
                && allowsBoundary(paragraph, boundary);
    }

    private static boolean isClosing(char c) {
        return "\"'»”’)]}".indexOf(c) >= 0;
    }

    private boolean isNonFinalAbbreviation(String word) {
        if (nonFinalAbbreviations.contains(word)) {
            return true;
        }
        String bare = stripOpening(word);
        return !bare.equals(word) && nonFinalAbbreviations.contains(bare);
    }

    /** "E." or "Ə." or "Р.": one capital letter and a dot. */
    private static boolean isInitial(String word) {
        String w = stripOpening(word);
        return w.length() == 2 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.';
    }

    /**
     * A dateline: the paragraph's text up to the boundary is "PLACE, [REGION,] DAY MONTH." or
     * "PLACE, [REGION,] MONTH DAY." with a known month, and nothing else.
     */
    private boolean isDateline(String paragraph, int boundary) {
        if (boundary > 60 || paragraph.charAt(boundary - 1) != '.') {
            return false;
        }
        String head = paragraph.substring(0, boundary - 1).strip();
        String[] parts = head.split(",\\s*");
        if (parts.length < 2 || parts.length > 3 || parts[0].isEmpty()
                || !Character.isUpperCase(parts[0].charAt(0))) {
            return false;
        }
        String[] date = parts[parts.length - 1].split("\\s+");
        if (date.length != 2) {
            return false;
        }
        String a = date[0].toLowerCase(Locale.ROOT);
        String b = date[1].toLowerCase(Locale.ROOT);
        return (isDay(a) && months.contains(b)) || (months.contains(a) && isDay(b))
                || (months.contains(a + ".") && isDay(b));
    }

    private static boolean isLatin(char c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    /** A word of Latin letters, possibly with dots inside or at the end ("U.S.", "Dr."). */
    private static boolean isLatinWord(String word) {
        String w = stripOpening(word);
        boolean letter = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (isLatin(c)) {
                letter = true;
            } else if (c != '.') {
                return false;
            }
        }
        return letter;
    }

    private static boolean isDay(String s) {
        return s.length() <= 2 && !s.isEmpty() && s.chars().allMatch(Character::isDigit);
    }

    private static int firstLetterOrDigitAfter(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return i;
            }
            if (!ParagraphSplitter.isSpace(c) && !isOpening(c)) {
                return -1;
            }
        }
        return -1;
    }

    /** Quotes, brackets and dashes that may stand before a sentence's first word. */
    private static boolean isOpening(char c) {
        return "\"'«»“”„‘’([{—–-".indexOf(c) >= 0;
    }

    private static String wordBefore(String s, int boundary) {
        int start = boundary;
        while (start > 0 && !ParagraphSplitter.isSpace(s.charAt(start - 1))) {
            start--;
        }
        return s.substring(start, boundary);
    }

    private static String stripOpening(String word) {
        int i = 0;
        while (i < word.length() - 1 && isOpening(word.charAt(i))) {
            i++;
        }
        return word.substring(i);
    }


    /** For tests and diagnostics: the abbreviations this rule set treats as non-final. */
    List<String> abbreviations() {
        return nonFinalAbbreviations.stream().sorted().toList();
    }
}
