package org.presstm.qa;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.presstm.lang.Language;

/**
 * Translations that disagree across segments: {@code inconsistency.source} when one source sentence is
 * translated in two ways, {@code inconsistency.target} when one translation is given for two different
 * sources. The first pass keeps only 64-bit keys ({@link TextHash}) of each source and target, so a memory of
 * a million units fits in a few tens of megabytes; the second pass reads back just the segments involved.
 * Within a group, the most frequent translation is taken as the house one and the others are reported
 * against it. Sentences of fewer than {@value #MIN_WORDS} words are left out: "Baku" may rightly stay the
 * same for several sources.
 */
final class InconsistencyCheck extends BaseCheck {
    static final int MIN_WORDS = 3;

    private final boolean bySource;
    private final SegmentKeys keys;
    private final Pairs pairs = new Pairs();
    private int ordinal;

    private InconsistencyCheck(boolean bySource, SegmentKeys keys) {
        super(bySource ? "inconsistency.source" : "inconsistency.target",
                bySource ? Severity.WARNING : Severity.INFO,
                bySource ? "The same source sentence is translated in different ways"
                        : "The same translation is given for different source sentences");
        this.bySource = bySource;
        this.keys = keys;
    }

    /** @param keys shared with the other inconsistency check of the run, so each text is hashed once */
    static InconsistencyCheck bySource(SegmentKeys keys) {
        return new InconsistencyCheck(true, keys);
    }

    static InconsistencyCheck byTarget(SegmentKeys keys) {
        return new InconsistencyCheck(false, keys);
    }

    @Override
    public List<Example> examples() {
        return bySource ? List.of(
                Example.pairs(true, "Görüşdə deputatlar da iştirak ediblər.", "MPs also attended the meeting.",
                        "Görüşdə deputatlar da iştirak ediblər.", "Deputies were also present at the meeting."),
                Example.pairs(false, "Görüşdə deputatlar da iştirak ediblər.", "MPs also attended the meeting.",
                        "Görüşdə deputatlar da iştirak ediblər.", "MPs also attended the meeting"))
                : List.of(
                Example.pairs(true, "Görüşdə deputatlar da iştirak ediblər.", "MPs also attended the meeting.",
                        "Görüşdə nazirlər də iştirak ediblər.", "MPs also attended the meeting."),
                Example.pairs(false, "Görüşdə deputatlar da iştirak ediblər.", "MPs also attended the meeting.",
                        "Görüşdə nazirlər də iştirak ediblər.", "Ministers also attended the meeting."));
    }

    @Override
    public void check(ParallelSegment s, Consumer<Finding> out) {
        int at = ordinal++;
        String source = s.sourceText();
        if (TextHash.words(source) < MIN_WORDS) {
            return;
        }
        long sourceKey = keys.source(s);
        for (Language lang : s.translatedLanguages()) {
            String target = s.target(lang).orElseThrow();
            if (TextHash.words(target) < MIN_WORDS) {
                continue;
            }
            long targetKey = keys.target(s, lang);
            long salt = (lang.ordinal() + 1) * 0x9E3779B97F4A7C15L;
            pairs.add(bySource ? sourceKey ^ salt : targetKey ^ salt, bySource ? targetKey : sourceKey, at, lang);
        }
    }

    @Override
    public void finish(SegmentSource again, Consumer<Finding> out) {
        List<int[]> reports = pairs.disagreements();
        if (reports.isEmpty()) {
            return;
        }
        Map<Integer, ParallelSegment> needed = new HashMap<>();
        reports.forEach(r -> {
            needed.put(r[0], null);
            needed.put(r[1], null);
        });
        int[] counter = {0};
        again.forEach(s -> {
            int at = counter[0]++;
            if (needed.containsKey(at)) {
                needed.put(at, s);
            }
        });
        for (int[] r : reports) {
            report(needed.get(r[0]), needed.get(r[1]), Language.values()[r[2]], out);
        }
    }

    private void report(ParallelSegment odd, ParallelSegment house, Language lang, Consumer<Finding> out) {
        if (odd == null || house == null) {
            throw new IllegalStateException("the segments changed between the two passes of " + id());
        }
        String where = house.document().equals(odd.document()) ? house.id() : house.document() + " " + house.id();
        String message = bySource
                ? "the same sentence is translated into " + lang + " as \"" + house.target(lang).orElse("")
                        + "\" in " + where + ": use one translation"
                : "the same " + lang + " translation is given for a different source in " + where + " (\""
                        + house.sourceText() + "\"): check which source it belongs to";
        String target = odd.target(lang).orElse("");
        out.accept(finding(odd, lang, message, List.of(new Mark(lang, 0, target.length()))));
    }

    /**
     * (key, other key, segment, language) quadruples in primitive arrays. A group is the entries of one key;
     * it disagrees when their other keys differ.
     */
    private static final class Pairs {
        private long[] keys = new long[1024];
        private long[] others = new long[1024];
        private int[] segments = new int[1024];
        private byte[] languages = new byte[1024];
        private int size;

        void add(long key, long other, int segment, Language lang) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                others = Arrays.copyOf(others, size * 2);
                segments = Arrays.copyOf(segments, size * 2);
                languages = Arrays.copyOf(languages, size * 2);
            }
            keys[size] = key;
            others[size] = other;
            segments[size] = segment;
            languages[size] = (byte) lang.ordinal();
            size++;
        }

        /** Each odd entry as {odd segment, house segment, language}, in segment order. */
        List<int[]> disagreements() {
            LongIntMap first = new LongIntMap(size);
            List<Integer> conflicting = new ArrayList<>();
            boolean[] flagged = new boolean[size];
            for (int i = 0; i < size; i++) {
                int f = first.putIfAbsent(keys[i], i);
                if (f >= 0 && others[f] != others[i] && !flagged[f]) {
                    flagged[f] = true;
                    conflicting.add(f);
                }
            }
            if (conflicting.isEmpty()) {
                return List.of();
            }
            Map<Long, List<Integer>> groups = new HashMap<>();
            conflicting.forEach(f -> groups.put(keys[f], new ArrayList<>()));
            for (int i = 0; i < size; i++) {
                List<Integer> g = groups.get(keys[i]);
                if (g != null) {
                    g.add(i);
                }
            }
            List<int[]> out = new ArrayList<>();
            for (List<Integer> g : groups.values()) {
                int house = mostFrequent(g);
                for (int i : g) {
                    if (others[i] != others[house]) {
                        out.add(new int[] {segments[i], segments[house], languages[i]});
                    }
                }
            }
            out.sort((a, b) -> Integer.compare(a[0], b[0]));
            return out;
        }

        private int mostFrequent(List<Integer> group) {
            Map<Long, Integer> counts = new HashMap<>();
            int best = group.get(0);
            for (int i : group) {
                int c = counts.merge(others[i], 1, Integer::sum);
                if (c > counts.get(others[best])) {
                    best = i;
                }
            }
            return best;
        }
    }
}
