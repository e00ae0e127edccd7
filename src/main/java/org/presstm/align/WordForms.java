package org.presstm.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A lookup of word forms to values, where a form is a whole word ("iki") or, ending in {@code *}, a stem
 * that any longer word may start ("ikinci*"). Words are looked up already case-folded. Longest stem wins.
 * Immutable after construction; thread-safe.
 *
 * @param <V> the value a form stands for
 */
final class WordForms<V> {
    private final Map<String, List<V>> whole = new HashMap<>();
    private final TreeMap<String, List<V>> stems = new TreeMap<>();
    private int longestStem;

    void add(String form, V value) {
        if (form.endsWith("*")) {
            String stem = form.substring(0, form.length() - 1);
            stems.computeIfAbsent(stem, k -> new ArrayList<>(1)).add(value);
            longestStem = Math.max(longestStem, stem.length());
        } else {
            whole.computeIfAbsent(form, k -> new ArrayList<>(1)).add(value);
        }
    }

    /** The values of the word: its whole-word entries, else those of its longest matching stem. */
    List<V> find(String word) {
        List<V> exact = whole.get(word);
        if (exact != null) {
            return exact;
        }
        for (int len = Math.min(longestStem, word.length()); len >= 2; len--) {
            List<V> v = stems.get(word.substring(0, len));
            if (v != null) {
                return v;
            }
        }
        return List.of();
    }
}
