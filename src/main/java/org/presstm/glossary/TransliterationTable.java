package org.presstm.glossary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One transliteration table ({@code FROM TO[|ALT...] [WHERE]} rows): applies the longest rule whose
 * condition holds at each position, keeping the capital of a word's first letter. Immutable, thread-safe.
 */
final class TransliterationTable {
    /** Where a rule applies. */
    private enum Where { ANY, INITIAL, FINAL, AFTER_VOWEL, BEFORE_CONSONANT, MEDIAL }

    private record Rule(String from, List<String> to, Where where) {
    }

    private final List<Rule> rules = new ArrayList<>();
    private final Locale target;
    private final String sourceVowels;
    private final boolean azerbaijaniSource;

    TransliterationTable(List<List<String>> rows, Locale target, String sourceVowels, boolean azerbaijaniSource) {
        for (List<String> r : rows) {
            List<String> to = List.of(r.get(1).split("\\|")).stream().map(s -> s.equals("-") ? "" : s).toList();
            Where where = r.size() > 2 ? Where.valueOf(r.get(2).toUpperCase(Locale.ROOT).replace('-', '_'))
                    : Where.ANY;
            rules.add(new Rule(r.get(0), to, where));
        }
        // longest first, so that "дж" wins over "д" and "ye" over "y"; the file order breaks ties
        rules.sort((a, b) -> b.from().length() - a.from().length());
        this.target = target;
        this.sourceVowels = sourceVowels;
        this.azerbaijaniSource = azerbaijaniSource;
    }

    /** @param alternative index of the rule whose first alternative is used, or -1 for none */
    String apply(String text, int alternative) {
        String lower = lower(text);
        StringBuilder out = new StringBuilder(text.length() + 8);
        int i = 0;
        while (i < lower.length()) {
            int r = ruleAt(lower, i);
            if (r < 0) {
                String same = String.valueOf(lower.charAt(i));
                out.append(Character.isUpperCase(text.charAt(i)) ? capitalize(same) : same);
                i++;
                continue;
            }
            Rule rule = rules.get(r);
            String to = rule.to().get(r == alternative && rule.to().size() > 1 ? 1 : 0);
            out.append(Character.isUpperCase(text.charAt(i)) ? capitalize(to) : to);
            i += rule.from().length();
        }
        return out.toString();
    }

    /** The indexes of the rules with alternatives that the text uses, in order of first use. */
    List<Integer> rulesWithAlternatives(String text) {
        String lower = lower(text);
        Set<Integer> used = new LinkedHashSet<>();
        int i = 0;
        while (i < lower.length()) {
            int r = ruleAt(lower, i);
            if (r >= 0 && rules.get(r).to().size() > 1) {
                used.add(r);
            }
            i += r < 0 ? 1 : rules.get(r).from().length();
        }
        return List.copyOf(used);
    }

    private int ruleAt(String s, int i) {
        for (int r = 0; r < rules.size(); r++) {
            Rule rule = rules.get(r);
            if (s.startsWith(rule.from(), i) && holds(rule.where(), s, i, i + rule.from().length())) {
                return r;
            }
        }
        return -1;
    }

    private boolean holds(Where where, String s, int from, int to) {
        boolean initial = from == 0 || !Character.isLetter(s.charAt(from - 1));
        return switch (where) {
            case ANY -> true;
            case INITIAL -> initial;
            case MEDIAL -> !initial;
            case FINAL -> to == s.length() || !Character.isLetter(s.charAt(to));
            case AFTER_VOWEL -> !initial && sourceVowels.indexOf(s.charAt(from - 1)) >= 0;
            case BEFORE_CONSONANT -> to < s.length() && Character.isLetter(s.charAt(to))
                    && sourceVowels.indexOf(s.charAt(to)) < 0;
        };
    }

    private String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        return s.substring(0, 1).toUpperCase(target) + s.substring(1);
    }

    /**
     * Lower case char by char, so that offsets stay those of the text: İ is i, and I is ı in Azerbaijani
     * source text (String.toLowerCase would turn İ into two chars under most locales).
     */
    private String lower(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(c == 'İ' ? 'i' : c == 'I' && azerbaijaniSource ? 'ı' : Character.toLowerCase(c));
        }
        return sb.toString();
    }
}
