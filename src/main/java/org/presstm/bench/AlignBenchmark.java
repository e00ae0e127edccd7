package org.presstm.bench;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.presstm.align.AlignText;
import org.presstm.align.Aligner;
import org.presstm.align.ReleaseAligner;
import org.presstm.align.ThreeWayJoin;
import org.presstm.lang.Language;
import org.presstm.segment.Segmenters;

/**
 * {@code presstm bench align}: sentences per second on one thread for an archive of releases (the bundled
 * release repeated), models loaded once: the alignment of one pair of presegmented versions, the three-way
 * join, and the whole of {@code presstm align} short of writing (segment three versions, align, join), with
 * the heap in use after the run.
 */
public final class AlignBenchmark {
    /** One measured figure; {@code sentences} counts the sentences of both (or all three) sides. */
    public record Figure(String what, long sentences, double seconds, long heapMb) {
        public double perSecond() {
            return sentences / seconds;
        }
    }

    public List<Figure> run(Map<Language, String> release, int releases) {
        Segmenters segmenters = new Segmenters();
        Aligner aligner = new Aligner();
        ReleaseAligner whole = new ReleaseAligner(segmenters, aligner);
        Map<Language, AlignText> segmented = whole.align("bench", release).versions();
        ThreeWayJoin join = new ThreeWayJoin(aligner);
        int pairSentences = segmented.get(Language.AZ).size() + segmented.get(Language.EN).size();
        int all = segmented.values().stream().mapToInt(AlignText::size).sum();
        Figure pair = time("align az-en (presegmented)", (long) releases * pairSentences, releases,
                () -> aligner.align(segmented.get(Language.AZ), segmented.get(Language.EN)));
        Figure three = time("three-way az-en-ru (presegmented)", (long) releases * all, releases,
                () -> join.join(segmented));
        Figure end = time("presstm align (segment + three-way)", (long) releases * all, releases,
                () -> whole.align("bench", new EnumMap<>(release)));
        return List.of(pair, three, end);
    }

    private static Figure time(String what, long sentences, int repeats, Runnable work) {
        for (int i = 0; i < Math.min(repeats, 50); i++) {
            work.run(); // warm-up: JIT and caches out of the figure
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < repeats; i++) {
            work.run();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Runtime rt = Runtime.getRuntime();
        long heap = (rt.totalMemory() - rt.freeMemory()) >> 20;
        return new Figure(what, sentences, seconds, heap);
    }
}
