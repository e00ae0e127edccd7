package org.presstm.glossary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recognises Azerbaijani nominal suffix chains (plural, possessive, case, -ki, copula) with vowel harmony
 * and the pronominal n, from the data in {@code glossary/az/suffixes.txt}: given a stem and what follows it
 * in a word, says whether that rest is a well-formed chain. A small finite-state recogniser in the spirit of
 * two-level morphology (Koskenniemi 1983), with the archiphonemes A, I and Y resolved against the last vowel.
 * In lenient mode (suffixes after a hyphen on an acronym, whose harmony follows how the letters are spoken:
 * ATƏT PA-nın, MDB-nin) any value of an archiphoneme is accepted. Immutable and thread-safe.
 */
final class SuffixGrammar {
    static final SuffixGrammar AZERBAIJANI = new SuffixGrammar(LanguageData.rows("az/suffixes.txt"));

    private static final String BACK = "aıou";
    private static final String VOWELS = "aıoueəiöü";

    /** One suffix: its forms after a consonant, a vowel, a 3rd-person possessive. */
    private record Suffix(String slot, String name, String afterConsonant, String afterVowel, String afterPoss) {
    }

    private final Map<String, List<Suffix>> bySlot = new HashMap<>();
    private final Map<String, List<String>> next = new HashMap<>();
    private final Map<Character, Character> soften = new HashMap<>();

    private SuffixGrammar(List<List<String>> rows) {
        for (List<String> r : rows) {
            switch (r.get(0)) {
                case "suffix" -> bySlot.computeIfAbsent(r.get(1), k -> new ArrayList<>())
                        .add(new Suffix(r.get(1), r.get(2), r.get(3), r.get(4), r.get(5)));
                case "next" -> next.put(r.get(1), r.subList(2, r.size()));
                case "soften" -> soften.put(r.get(1).charAt(0), r.get(2).charAt(0));
                default -> throw new IllegalStateException("az/suffixes.txt: unknown row " + r);
            }
        }
    }

    /** The softened form of a stem's last consonant (k → y), or 0 if it does not soften. */
    char softened(char last) {
        return soften.getOrDefault(last, (char) 0);
    }

    static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }

    /**
     * Whether {@code rest} is a chain of suffixes after {@code stem}; the empty rest is accepted.
     *
     * @param possessiveStem the stem may end in a 3rd-person possessive (the head of an izafet such as
     *                       "nümayəndə heyəti"), after which cases take the pronominal n: heyətinə, not heyətiyə
     */
    boolean accepts(String stem, String rest, boolean lenient, boolean possessiveStem) {
        char vowel = lastVowel(stem, (char) 0);
        return possessiveStem && walk("start", rest, 0, vowel, true, true, lenient, false)
                || walk("start", rest, 0, vowel, endsInVowel(stem), false, lenient, false);
    }

    /** Like {@link #accepts} but the chain must contain a possessive (heyət-i → heyət-imiz, heyət-lər-i). */
    boolean acceptsWithPossessive(String stem, String rest) {
        return walk("start", rest, 0, lastVowel(stem, (char) 0), endsInVowel(stem), false, false, true);
    }

    private boolean walk(String state, String rest, int at, char vowel, boolean afterVowel, boolean afterPoss,
                         boolean lenient, boolean needPoss) {
        if (at == rest.length()) {
            return !needPoss;
        }
        for (String slot : next.getOrDefault(state, List.of())) {
            for (Suffix s : bySlot.getOrDefault(slot, List.of())) {
                for (String form : forms(s, afterVowel, afterPoss, lenient)) {
                    int end = matchForm(form, rest, at, vowel, lenient);
                    if (end > at && walk(slot, rest, end, lastVowel(rest.substring(0, end), vowel),
                            isVowel(rest.charAt(end - 1)), s.name().equals("p3"), lenient,
                            needPoss && !slot.equals("poss"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The forms a suffix may take here; leniently, any of them. */
    private static List<String> forms(Suffix s, boolean afterVowel, boolean afterPoss, boolean lenient) {
        if (lenient) {
            return java.util.stream.Stream.of(s.afterConsonant(), s.afterVowel(), s.afterPoss())
                    .filter(f -> !f.equals("-")).distinct().toList();
        }
        String form = afterPoss ? s.afterPoss() : afterVowel ? s.afterVowel() : s.afterConsonant();
        return form.equals("-") ? List.of() : List.of(form);
    }

    /** The end offset of {@code form} matched at {@code at}, or -1. */
    private static int matchForm(String form, String rest, int at, char vowel, boolean lenient) {
        int p = at;
        char v = vowel;
        for (int k = 0; k < form.length(); k++) {
            if (p >= rest.length()) {
                return -1;
            }
            char want = form.charAt(k);
            char got = rest.charAt(p);
            if (!fits(want, got, v, lenient)) {
                return -1;
            }
            if (isVowel(got)) {
                v = got;
            }
            p++;
        }
        return p;
    }

    private static boolean fits(char want, char got, char vowel, boolean lenient) {
        boolean noVowel = vowel == 0;
        return switch (want) {
            case 'A' -> lenient || noVowel ? got == 'a' || got == 'ə' : got == harmonyA(vowel);
            case 'I' -> lenient || noVowel ? "ıiuü".indexOf(got) >= 0 : got == harmonyI(vowel);
            case 'Y' -> lenient || noVowel ? got == 'ı' || got == 'i' : got == (BACK.indexOf(vowel) >= 0 ? 'ı' : 'i');
            default -> got == want;
        };
    }

    private static char harmonyA(char vowel) {
        return BACK.indexOf(vowel) >= 0 ? 'a' : 'ə';
    }

    private static char harmonyI(char vowel) {
        return switch (vowel) {
            case 'a', 'ı' -> 'ı';
            case 'o', 'u' -> 'u';
            case 'ö', 'ü' -> 'ü';
            default -> 'i';
        };
    }

    private static char lastVowel(String s, char otherwise) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (isVowel(s.charAt(i))) {
                return s.charAt(i);
            }
        }
        return otherwise;
    }

    private static boolean endsInVowel(String s) {
        return !s.isEmpty() && isVowel(s.charAt(s.length() - 1));
    }
}
