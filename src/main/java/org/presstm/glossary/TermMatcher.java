package org.presstm.glossary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.presstm.lang.Language;

/**
 * Finds the terms of a term base in text, inflected forms included (see {@link AzerbaijaniMorphology},
 * {@link RussianMorphology}, {@link EnglishMorphology}). Every term is indexed under keys of its first word;
 * each word of a text looks up its own keys, and the candidates are then checked word by word. Overlapping
 * matches are resolved leftmost-longest ("Milli Məclisin sədri" wins over "Milli Məclis"); a span that two
 * concepts share is reported for both. Built once per term base; immutable and thread-safe.
 */
public final class TermMatcher {
    private final Map<Language, Map<String, List<TermPattern>>> index = new EnumMap<>(Language.class);
    private final List<TermPattern> patterns = new ArrayList<>();
    private volatile Map<Language, Map<String, List<TermPattern>>> wordIndex;

    public TermMatcher(TermBase base) {
        for (Language lang : Language.values()) {
            index.put(lang, new HashMap<>());
        }
        for (Concept c : base.concepts()) {
            for (Term t : c.terms()) {
                TermPattern p = TermPattern.of(c, t, Morphology.of(t.language()));
                patterns.add(p);
                add(p);
            }
        }
    }

    private void add(TermPattern p) {
        if (p.words().isEmpty()) {
            return;
        }
        Morphology m = Morphology.of(p.language());
        Set<String> keys = new HashSet<>();
        m.indexKeys(p.words().get(0), p.words().size() == 1, keys::add);
        Map<String, List<TermPattern>> byKey = index.get(p.language());
        for (String key : keys) {
            byKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(p);
        }
    }

    /** Every term occurrence in a text in the given language, in text order. */
    public List<TermHit> find(String text, Language language) {
        Morphology m = Morphology.of(language);
        List<Token> tokens = Tokenizer.tokens(text, language, m);
        List<Candidate> candidates = candidates(tokens, language, m);
        return select(candidates, tokens, text);
    }

    private List<Candidate> candidates(List<Token> tokens, Language language, Morphology m) {
        Map<String, List<TermPattern>> byKey = index.get(language);
        List<Candidate> out = new ArrayList<>();
        // identity: a pattern's record hash would walk its whole concept
        Set<TermPattern> tried = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int i = 0; i < tokens.size(); i++) {
            tried.clear();
            int at = i;
            m.lookupKeys(tokens.get(i), key -> {
                for (TermPattern p : byKey.getOrDefault(key, List.of())) {
                    if (tried.add(p)) {
                        int end = p.matchAt(tokens, at, m);
                        if (end > at) {
                            out.add(new Candidate(at, end, p));
                        }
                    }
                }
            });
        }
        return out;
    }

    /**
     * The terms that the query (a word or a few, perhaps inflected) is part of: "Məclisin" is part of
     * "Milli Məclis" and of "Milli Məclisin sədri". Any word of the term may be inflected here.
     */
    List<TermPattern> containing(String query, Language language) {
        Morphology m = Morphology.of(language);
        List<Token> q = Tokenizer.tokens(query, language, m);
        if (q.isEmpty()) {
            return List.of();
        }
        Map<String, List<TermPattern>> byKey = wordIndex().get(language);
        Set<TermPattern> out = new java.util.LinkedHashSet<>();
        m.lookupKeys(q.get(0), key -> {
            for (TermPattern p : byKey.getOrDefault(key, List.of())) {
                if (!out.contains(p) && p.contains(q, m)) {
                    out.add(p);
                }
            }
        });
        return List.copyOf(out);
    }

    private Map<Language, Map<String, List<TermPattern>>> wordIndex() {
        Map<Language, Map<String, List<TermPattern>>> built = wordIndex;
        if (built == null) {
            synchronized (this) {
                if (wordIndex == null) {
                    Map<Language, Map<String, List<TermPattern>>> map = new EnumMap<>(Language.class);
                    for (Language lang : Language.values()) {
                        map.put(lang, new HashMap<>());
                    }
                    for (TermPattern p : patterns) {
                        Morphology m = Morphology.of(p.language());
                        for (Token w : p.words()) {
                            Set<String> keys = new HashSet<>();
                            m.indexKeys(w, true, keys::add);
                            keys.forEach(k -> map.get(p.language()).computeIfAbsent(k, x -> new ArrayList<>()).add(p));
                        }
                    }
                    wordIndex = map;
                }
                built = wordIndex;
            }
        }
        return built;
    }

    /** Leftmost-longest, non-overlapping; equal spans of different concepts are all kept. */
    private static List<TermHit> select(List<Candidate> candidates, List<Token> tokens, String text) {
        candidates.sort(Comparator.comparingInt(Candidate::from)
                .thenComparing(Comparator.comparingInt(Candidate::to).reversed()));
        List<TermHit> hits = new ArrayList<>();
        Set<String> conceptsAtSpan = new HashSet<>();
        int lastFrom = -1;
        int lastTo = -1;
        for (Candidate c : candidates) {
            boolean sameSpan = c.from() == lastFrom && c.to() == lastTo;
            if (!sameSpan && c.from() < lastTo) {
                continue;
            }
            if (!sameSpan) {
                conceptsAtSpan.clear();
                lastFrom = c.from();
                lastTo = c.to();
            }
            if (conceptsAtSpan.add(c.pattern().concept().id())) {
                int start = tokens.get(c.from()).start();
                int end = tokens.get(c.to() - 1).end();
                hits.add(new TermHit(start, end, text.substring(start, end), c.pattern().concept(),
                        c.pattern().term()));
            }
        }
        return List.copyOf(hits);
    }

    /** A match of a pattern over tokens [from, to). */
    private record Candidate(int from, int to, TermPattern pattern) {
    }
}
