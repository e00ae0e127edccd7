package org.presstm.glossary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.presstm.lang.Language;

/**
 * Finds entries by the spelling of a name in any script ({@link NameKey}): "Quliyev", "Guliyev" and "Гулиев"
 * all find Azay Quliyev. Each term and each of its words of four letters or more is indexed. Built lazily
 * on first use (a scan never needs it), then immutable; thread-safe.
 */
final class SpellingIndex {
    private static final int MIN_WORD = 4;

    private record Entry(String key, Concept concept, Term term) {
    }

    private final TermBase base;
    private volatile Map<String, List<Entry>> byKey;

    SpellingIndex(TermBase base) {
        this.base = base;
    }

    /** Entries with a term or a term's word of the same key as the query. */
    List<LookupResult> same(String query, Language language) {
        String key = NameKey.of(query, language);
        if (key.length() < MIN_WORD - 1) {
            return List.of();
        }
        return index().getOrDefault(key, List.of()).stream()
                .map(e -> new LookupResult(e.concept(), LookupResult.How.SPELLING, e.term())).toList();
    }

    /** The entries whose key is nearest the query's, within a quarter of its length (at least 2 edits). */
    List<LookupResult> near(String query, Language language, int max) {
        String key = NameKey.of(query, language);
        int limit = Math.max(2, key.length() / 4);
        List<Map.Entry<Integer, Entry>> scored = new ArrayList<>();
        for (List<Entry> entries : index().values()) {
            for (Entry e : entries) {
                int d = Levenshtein.distance(key, e.key(), limit);
                if (d <= limit) {
                    scored.add(Map.entry(d, e));
                }
            }
        }
        scored.sort(Map.Entry.comparingByKey());
        List<LookupResult> out = new ArrayList<>();
        for (Map.Entry<Integer, Entry> s : scored) {
            if (out.stream().noneMatch(r -> r.concept().id().equals(s.getValue().concept().id()))) {
                out.add(new LookupResult(s.getValue().concept(), LookupResult.How.SUGGESTION, s.getValue().term()));
            }
            if (out.size() == max) {
                break;
            }
        }
        return out;
    }

    private Map<String, List<Entry>> index() {
        Map<String, List<Entry>> built = byKey;
        if (built == null) {
            synchronized (this) {
                if (byKey == null) {
                    byKey = build();
                }
                built = byKey;
            }
        }
        return built;
    }

    private Map<String, List<Entry>> build() {
        Map<String, List<Entry>> map = new HashMap<>();
        for (Concept c : base.concepts()) {
            for (Term t : c.terms()) {
                add(map, NameKey.of(t.text(), t.language()), c, t);
                for (String word : t.text().split("[\\s-]+")) {
                    if (word.codePointCount(0, word.length()) >= MIN_WORD) {
                        add(map, NameKey.of(word, t.language()), c, t);
                    }
                }
            }
        }
        map.values().forEach(l -> l.sort(Comparator.comparing(e -> e.concept().id())));
        return map;
    }

    private static void add(Map<String, List<Entry>> map, String key, Concept c, Term t) {
        List<Entry> list = map.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (list.stream().noneMatch(e -> e.concept() == c)) {
            list.add(new Entry(key, c, t));
        }
    }
}
