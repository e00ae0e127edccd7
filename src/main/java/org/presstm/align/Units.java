package org.presstm.align;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.presstm.lang.Language;

/**
 * Forms units from pairwise alignments: sentences linked by az–en and az–ru beads make one unit (az is the
 * language the releases are written in); en and ru sentences no az sentence is linked to pair through en–ru.
 * A three-language unit is checked against the en–ru alignment. Stateless.
 */
final class Units {
    private Units() {
    }

    static List<AlignedUnit> of(Map<Language, AlignText> texts, Map<String, Alignment> pairs, double penalty) {
        Map<String, String> parent = new HashMap<>();
        Map<String, Double> confidence = new HashMap<>();
        for (String key : List.of("az-en", "az-ru")) {
            link(pairs.get(key), parent, confidence);
        }
        Alignment enRu = pairs.get("en-ru");
        if (enRu != null) {
            Alignment pivotless = filterLinkedToAz(enRu, parent);
            link(pivotless, parent, confidence);
        }
        Map<String, Map<Language, TreeSet<Integer>>> groups = new TreeMap<>();
        Map<String, Double> groupConfidence = new HashMap<>();
        for (String node : parent.keySet()) {
            String root = find(parent, node);
            Language lang = Language.of(node.substring(0, 2));
            groups.computeIfAbsent(root, r -> new EnumMap<>(Language.class))
                    .computeIfAbsent(lang, l -> new TreeSet<>()).add(Integer.parseInt(node.substring(2)));
            groupConfidence.merge(root, confidence.getOrDefault(node, 1.0), Math::min);
        }
        List<AlignedUnit> units = new ArrayList<>();
        for (Map.Entry<String, Map<Language, TreeSet<Integer>>> g : groups.entrySet()) {
            Map<Language, TreeSet<Integer>> members = g.getValue();
            boolean consistent = members.size() < 3 || enRu == null
                    || ThreeWayJoin.intersects(ThreeWayJoin.linked(enRu, Language.EN, members.get(Language.EN)),
                            members.get(Language.RU));
            double c = groupConfidence.get(g.getKey()) * (consistent ? 1 : penalty);
            units.add(unit(texts, members, c, consistent));
        }
        units.sort(java.util.Comparator.comparingInt(u -> firstSentence(u)));
        return units;
    }

    private static int firstSentence(AlignedUnit u) {
        return u.sentences().values().iterator().next().get(0);
    }

    private static AlignedUnit unit(Map<Language, AlignText> texts, Map<Language, TreeSet<Integer>> members,
            double confidence, boolean consistent) {
        Map<Language, List<Integer>> sentences = new EnumMap<>(Language.class);
        Map<Language, String> joined = new EnumMap<>(Language.class);
        members.forEach((lang, set) -> {
            sentences.put(lang, List.copyOf(set));
            StringBuilder sb = new StringBuilder();
            for (int i : set) {
                sb.append(sb.length() == 0 ? "" : " ").append(texts.get(lang).sentences().get(i).strip().replaceAll("\\s+", " "));
            }
            joined.put(lang, sb.toString());
        });
        return new AlignedUnit(sentences, joined, Math.max(0, Math.min(1, confidence)), consistent);
    }

    private static void link(Alignment a, Map<String, String> parent, Map<String, Double> confidence) {
        if (a == null) {
            return;
        }
        for (Bead b : a.beads()) {
            if (b.isOmission()) {
                continue;
            }
            String first = a.source().code() + b.source().get(0);
            for (int s : b.source()) {
                union(parent, first, a.source().code() + s);
                confidence.merge(a.source().code() + s, b.confidence(), Math::min);
            }
            for (int t : b.target()) {
                union(parent, first, a.target().code() + t);
                confidence.merge(a.target().code() + t, b.confidence(), Math::min);
            }
        }
    }

    /** The en–ru beads whose sentences no az sentence is linked to. */
    private static Alignment filterLinkedToAz(Alignment enRu, Map<String, String> parent) {
        List<Bead> free = enRu.beads().stream().filter(b -> b.source().stream().noneMatch(s -> parent.containsKey("en" + s))
                && b.target().stream().noneMatch(t -> parent.containsKey("ru" + t))).toList();
        return new Alignment(enRu.source(), enRu.target(), free, List.of());
    }

    private static String find(Map<String, String> parent, String node) {
        String p = parent.getOrDefault(node, node);
        if (p.equals(node)) {
            return node;
        }
        String root = find(parent, p);
        parent.put(node, root);
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        parent.putIfAbsent(a, a);
        parent.putIfAbsent(b, b);
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(rb, ra);
        }
    }

    static Set<Language> languages(AlignedUnit u) {
        return u.sentences().keySet();
    }
}
