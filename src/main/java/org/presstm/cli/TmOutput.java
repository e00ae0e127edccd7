package org.presstm.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.presstm.io.Json;
import org.presstm.tm.ConcordanceHit;
import org.presstm.tm.ImportReport;
import org.presstm.tm.Match;
import org.presstm.tm.MemoryStats;
import org.presstm.tm.Variant;

/** How the {@code tm} commands print their results, as text for people or JSON for scripts. Stateless. */
final class TmOutput {
    private TmOutput() {
    }

    static void report(ImportReport r, PrintWriter out, PrintWriter err) {
        for (ImportReport.Problem p : r.problems()) {
            err.println("presstm: warning: " + r.file() + ":" + p.line() + ": unit skipped: " + p.reason());
        }
        if (r.skipped() > r.problems().size()) {
            err.println("presstm: warning: " + r.file() + ": and " + (r.skipped() - r.problems().size())
                    + " more units skipped");
        }
        out.printf("%s: %,d units read, %,d added, %,d merged, %,d skipped%n", r.file(), r.read(), r.added(),
                r.merged(), r.skipped());
    }

    static void stats(Path file, MemoryStats s, boolean json, PrintWriter out) {
        if (json) {
            out.printf("{\"memory\": %s, \"units\": %d, \"variants\": %s, \"pairs\": %s, \"bytes\": %d}%n",
                    Json.quote(file.toString()), s.units(), object(s.variantsPerLanguage()), object(s.pairs()),
                    s.bytesOnDisk());
        } else {
            out.printf("memory    %s (%.1f MB)%n", file, s.bytesOnDisk() / 1e6);
            out.printf("units     %,d%n", s.units());
            new java.util.TreeMap<>(s.variantsPerLanguage())
                    .forEach((lang, n) -> out.printf("%-9s %,d variants%n", lang, n));
            new java.util.TreeMap<>(s.pairs()).forEach((pair, n) -> out.printf("%-9s %,d units%n", pair, n));
        }
        out.flush();
    }

    private static String object(Map<String, Long> map) {
        return new java.util.TreeMap<>(map).entrySet().stream()
                .map(e -> Json.quote(e.getKey()) + ": " + e.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
    }

    static void matches(List<Match> matches, boolean json, PrintWriter out) {
        if (json) {
            out.println(matches.stream().map(TmOutput::json).collect(Collectors.joining(",\n  ", "[\n  ", "\n]")));
        } else if (matches.isEmpty()) {
            out.println("no match");
        } else {
            int i = 1;
            for (Match m : matches) {
                out.printf("%d. %3d %-7s %s: %s%n", i++, m.score(), m.kind().name().toLowerCase(java.util.Locale.ROOT),
                        m.source().lang(), m.markedSource());
                for (Variant t : m.targets()) {
                    out.printf("   %-14s %s: %s%n", "", t.lang(), t.text().display());
                }
            }
        }
        out.flush();
    }

    private static String json(Match m) {
        return "{\"kind\": " + Json.quote(m.kind().name().toLowerCase(java.util.Locale.ROOT)) + ", \"score\": "
                + m.score() + ", \"tuid\": " + (m.unit().tuid() == null ? "null" : Json.quote(m.unit().tuid()))
                + ", \"source\": " + variant(m.source()) + ", \"marked\": " + Json.quote(m.markedSource())
                + ", \"targets\": " + m.targets().stream().map(TmOutput::variant)
                        .collect(Collectors.joining(", ", "[", "]")) + "}";
    }

    private static String variant(Variant v) {
        return "{\"lang\": " + Json.quote(v.lang()) + ", \"text\": " + Json.quote(v.text().display()) + "}";
    }

    static void hits(List<ConcordanceHit> hits, boolean json, PrintWriter out) {
        if (json) {
            out.println(hits.stream().map(h -> "{\"lang\": " + Json.quote(h.variant().lang()) + ", \"highlighted\": "
                    + Json.quote(h.highlighted()) + ", \"tuid\": "
                    + (h.unit().tuid() == null ? "null" : Json.quote(h.unit().tuid())) + ", \"variants\": "
                    + h.unit().variants().stream().map(TmOutput::variant).collect(Collectors.joining(", ", "[", "]"))
                    + "}").collect(Collectors.joining(",\n  ", "[\n  ", "\n]")));
        } else if (hits.isEmpty()) {
            out.println("no hit");
        } else {
            for (ConcordanceHit h : hits) {
                out.printf("%s: %s%n", h.variant().lang(), h.highlighted());
                h.unit().variants().stream().filter(v -> v != h.variant() && !v.equals(h.variant()))
                        .forEach(v -> out.printf("    %s: %s%n", v.lang(), v.text().display()));
            }
        }
        out.flush();
    }
}
