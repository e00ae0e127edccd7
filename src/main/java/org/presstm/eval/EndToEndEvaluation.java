package org.presstm.eval;

import java.nio.file.Files;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.presstm.align.Alignment;
import org.presstm.align.Bead;
import org.presstm.align.Release;
import org.presstm.align.ReleaseAligner;
import org.presstm.lang.Language;

/**
 * End to end: the raw texts of a gold pair's item ({@code S.txt}, {@code T.txt}) segmented by presstm and
 * aligned, against the gold pairs. A pair is the source and target text of a bead with two sides, compared
 * with all white space removed; precision is over the pairs found whose text lies within the gold files
 * (the corpus leaves some sentences out of its pair files on purpose), recall over the gold pairs.
 */
public final class EndToEndEvaluation {
    /** Counts per "part pair": {gold pairs, found pairs within the gold's text, correct}. */
    public record Counts(int gold, int found, int correct) {
        Counts plus(Counts o) {
            return new Counts(gold + o.gold, found + o.found, correct + o.correct);
        }

        public double precision() {
            return found == 0 ? 0 : correct / (double) found;
        }

        public double recall() {
            return gold == 0 ? 0 : correct / (double) gold;
        }
    }

    private final ReleaseAligner aligner;

    public EndToEndEvaluation(ReleaseAligner aligner) {
        this.aligner = aligner;
    }

    public Map<String, Counts> run(List<GoldAlignment> items) {
        Map<String, Counts> out = new LinkedHashMap<>();
        for (GoldAlignment g : items) {
            var s = g.item().resolve(g.sourceLanguage() + ".txt");
            var t = g.item().resolve(g.targetLanguage() + ".txt");
            if (Files.isRegularFile(s) && Files.isRegularFile(t)) {
                Map<Language, java.nio.file.Path> files = new EnumMap<>(Language.class);
                files.put(g.sourceLanguage(), s);
                files.put(g.targetLanguage(), t);
                Release r = aligner.alignFiles(g.item().getFileName().toString(), files);
                out.merge(g.group() + " " + g.pair(), score(g, r.result().pairs().get(0), r), Counts::plus);
            }
        }
        return out;
    }

    static Counts score(GoldAlignment g, Alignment a, Release r) {
        Set<String> gold = new HashSet<>();
        Set<String> goldSource = new HashSet<>();
        Set<String> goldTarget = new HashSet<>();
        for (Bead b : g.gold()) {
            if (!b.isOmission()) {
                gold.add(join(g.source(), b.source()) + "\t" + join(g.target(), b.target()));
            }
        }
        g.source().forEach(l -> goldSource.add(GoldSegmentation.squeeze(l)));
        g.target().forEach(l -> goldTarget.add(GoldSegmentation.squeeze(l)));
        String allSource = String.join("", goldSource);
        String allTarget = String.join("", goldTarget);
        int found = 0;
        int correct = 0;
        for (Bead b : a.beads()) {
            if (b.isOmission()) {
                continue;
            }
            String src = join(r.versions().get(a.source()).sentences(), b.source());
            String tgt = join(r.versions().get(a.target()).sentences(), b.target());
            if (allSource.contains(src) && allTarget.contains(tgt)) {
                found++;
                correct += gold.contains(src + "\t" + tgt) ? 1 : 0;
            }
        }
        return new Counts(gold.size(), found, correct);
    }

    private static String join(List<String> lines, List<Integer> which) {
        StringBuilder sb = new StringBuilder();
        which.forEach(i -> sb.append(GoldSegmentation.squeeze(lines.get(i))));
        return sb.toString();
    }
}
