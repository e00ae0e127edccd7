package org.presstm.xliff;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.presstm.lang.Language;

/**
 * Word count and leverage for one target language, in the bands CAT tools print (see {@link MatchBand}).
 * Printed by {@code presstm pack} and kept in the manifest.
 */
public record LeverageReport(Language target, Map<MatchBand, Count> bands) {
    /** Segments and words in one band. */
    public record Count(int segments, int words) {
        public Count {
            if (segments < 0 || words < 0) {
                throw new IllegalArgumentException("negative count " + segments + "/" + words);
            }
        }

        Count plus(int moreWords) {
            return new Count(segments + 1, words + moreWords);
        }
    }

    public LeverageReport {
        Objects.requireNonNull(target, "target");
        EnumMap<MatchBand, Count> all = new EnumMap<>(MatchBand.class);
        for (MatchBand b : MatchBand.values()) {
            all.put(b, bands.getOrDefault(b, new Count(0, 0)));
        }
        bands = java.util.Collections.unmodifiableMap(all);
    }

    public static LeverageReport of(Language target, List<SegmentLeverage> segments) {
        Map<MatchBand, Count> bands = new EnumMap<>(MatchBand.class);
        for (SegmentLeverage s : segments) {
            bands.merge(s.band(), new Count(1, s.words()), (a, b) -> a.plus(b.words()));
        }
        return new LeverageReport(target, bands);
    }

    public Count total() {
        int segs = 0;
        int words = 0;
        for (Count c : bands.values()) {
            segs += c.segments();
            words += c.words();
        }
        return new Count(segs, words);
    }

    public Count band(MatchBand band) {
        return bands.get(band);
    }

    /** The report as a small table, one band a line, percentages of words. */
    public String format(Language source) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%s -> %s%n", source, target));
        sb.append(String.format("  %-12s %8s %8s %6s%n", "match", "segments", "words", "%"));
        int totalWords = total().words();
        for (MatchBand b : MatchBand.values()) {
            Count c = bands.get(b);
            sb.append(String.format("  %-12s %8d %8d %5.1f%%%n", b.label(), c.segments(), c.words(),
                    totalWords == 0 ? 0.0 : 100.0 * c.words() / totalWords));
        }
        sb.append(String.format("  %-12s %8d %8d%n", "Total", total().segments(), totalWords));
        return sb.toString();
    }
}
