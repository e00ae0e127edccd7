package org.presstm.align;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.presstm.lang.Language;

/**
 * Aligns the two or three versions of a release with each other and joins the pairwise alignments into
 * units. With three versions each pair is aligned twice: first on its own evidence, then with the links
 * the other two pairs make through the third language as extra anchors (a sentence of az and one of ru that
 * both align to the same en sentence share an anchor), so that az–en and az–ru are checked against en–ru,
 * in the spirit of multi-parallel alignment by triangulation (Simard 1999, "Text-translation alignment:
 * three languages are better than two"). Units are the connected groups of sentences that the beads
 * link; a unit whose az–ru link the en–ru evidence contradicts is marked inconsistent and loses confidence.
 * Thread-safe.
 */
public final class ThreeWayJoin {
    private static final Language[] ORDER = {Language.AZ, Language.EN, Language.RU};
    private static final double INCONSISTENT_FACTOR = 0.6;

    private final Aligner aligner;

    public ThreeWayJoin(Aligner aligner) {
        this.aligner = aligner;
    }

    /** The pairwise alignments and the units of the given versions (at least two). */
    public Result join(Map<Language, AlignText> versions) {
        Map<Language, AnchoredText> texts = new EnumMap<>(Language.class);
        versions.forEach((lang, text) -> texts.put(lang, aligner.anchor(text)));
        List<Language[]> pairs = pairs(texts.keySet());
        Map<String, Alignment> first = new java.util.LinkedHashMap<>();
        for (Language[] p : pairs) {
            first.put(key(p[0], p[1]), aligner.align(texts.get(p[0]), texts.get(p[1])));
        }
        Map<String, Alignment> result = first;
        if (pairs.size() == 3 && !agree(first)) {
            result = new java.util.LinkedHashMap<>();
            for (Language[] p : pairs) {
                Language pivot = third(p[0], p[1]);
                result.put(key(p[0], p[1]), aligner.align(
                        texts.get(p[0]).plus(pivotAnchors(first.get(key(p[0], pivot)), p[0], texts.get(p[0]))),
                        texts.get(p[1]).plus(pivotAnchors(first.get(key(p[1], pivot)), p[1], texts.get(p[1])))));
            }
        }
        return new Result(List.copyOf(result.values()), Units.of(versions, result, INCONSISTENT_FACTOR));
    }

    /**
     * Whether the three first-pass alignments agree: every bead of each pair links the sentences that the
     * other two pairs link through the third language. Then the second pass, whose pivot anchors only
     * repeat those links, is skipped and the alignments are reused as they are.
     */
    static boolean agree(Map<String, Alignment> first) {
        for (Alignment a : first.values()) {
            Language pivot = third(a.source(), a.target());
            Alignment toPivot = first.get(key(a.source(), pivot));
            Alignment fromPivot = first.get(key(pivot, a.target()));
            for (Bead b : a.beads()) {
                boolean fine = b.source().isEmpty()
                        ? linked(toPivot, pivot, linked(fromPivot, a.target(), new HashSet<>(b.target()))).isEmpty()
                        : linked(fromPivot, pivot, linked(toPivot, a.source(), new HashSet<>(b.source())))
                                .equals(new TreeSet<>(b.target()));
                if (!fine) {
                    return false;
                }
            }
        }
        return true;
    }

    /** What {@link #join} gives: the pairwise alignments (az-en, az-ru, en-ru order) and the units. */
    public record Result(List<Alignment> pairs, List<AlignedUnit> units) {
        public Result {
            pairs = List.copyOf(pairs);
            units = List.copyOf(units);
        }

        public List<String> warnings() {
            return pairs.stream().flatMap(a -> a.warnings().stream()).distinct().toList();
        }
    }

    /**
     * For each sentence of {@code text} (in {@code lang}), an anchor per sentence of the pivot language it is
     * linked to by a sure bead of {@code alignment}.
     */
    private static List<List<String>> pivotAnchors(Alignment alignment, Language lang, AnchoredText text) {
        boolean forward = alignment.source() == lang;
        Language pivot = forward ? alignment.target() : alignment.source();
        List<List<String>> extra = new ArrayList<>();
        for (int i = 0; i < text.text().size(); i++) {
            extra.add(new ArrayList<>());
        }
        for (Bead b : alignment.beads()) {
            if (b.isOmission() || b.confidence() < Alignment.LOW) {
                continue;
            }
            for (int s : forward ? b.source() : b.target()) {
                for (int t : forward ? b.target() : b.source()) {
                    extra.get(s).add("v" + pivot + t);
                }
            }
        }
        return extra;
    }

    static List<Language[]> pairs(Set<Language> present) {
        List<Language[]> out = new ArrayList<>();
        for (int a = 0; a < ORDER.length; a++) {
            for (int b = a + 1; b < ORDER.length; b++) {
                if (present.contains(ORDER[a]) && present.contains(ORDER[b])) {
                    out.add(new Language[] {ORDER[a], ORDER[b]});
                }
            }
        }
        return out;
    }

    static String key(Language a, Language b) {
        return a.ordinal() < b.ordinal() ? a + "-" + b : b + "-" + a;
    }

    private static Language third(Language a, Language b) {
        for (Language l : ORDER) {
            if (l != a && l != b) {
                return l;
            }
        }
        throw new IllegalArgumentException("no third language for " + a + " and " + b);
    }

    /** The sentences of {@code lang} that a set of sentences of another language links to in an alignment. */
    static Set<Integer> linked(Alignment a, Language from, Set<Integer> sentences) {
        Set<Integer> out = new TreeSet<>();
        boolean forward = a.source() == from;
        for (Bead b : a.beads()) {
            List<Integer> mine = forward ? b.source() : b.target();
            List<Integer> theirs = forward ? b.target() : b.source();
            if (!b.isOmission() && mine.stream().anyMatch(sentences::contains)) {
                out.addAll(theirs);
            }
        }
        return out;
    }

    static boolean intersects(Set<Integer> a, Set<Integer> b) {
        Set<Integer> c = new HashSet<>(a);
        c.retainAll(b);
        return !c.isEmpty();
    }
}
