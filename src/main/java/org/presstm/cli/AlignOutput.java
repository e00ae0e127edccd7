package org.presstm.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.presstm.align.Alignment;
import org.presstm.align.Archive;
import org.presstm.align.Release;
import org.presstm.align.UnitExport;
import org.presstm.tm.SqliteMemory;
import org.presstm.tm.TmxWriter;

/** Where {@code presstm align} puts its units: the memory, a TMX file, and a line per release on the terminal. */
final class AlignOutput {
    private final Path project;
    private final Path tm;
    private final Path tmx;
    private final boolean intoTm;
    private final boolean acceptLow;

    AlignOutput(Path project, Path tm, Path tmx, boolean intoTm, boolean acceptLow) {
        this.project = project;
        this.tm = tm;
        this.tmx = tmx;
        this.intoTm = intoTm;
        this.acceptLow = acceptLow;
    }

    Archive.Summary write(List<Release> releases, PrintWriter out) {
        for (Release r : releases) {
            out.println(line(r));
        }
        if (intoTm) {
            Path file = tm != null ? tm : ProjectLayout.memory(project);
            int added = 0;
            int merged = 0;
            try (SqliteMemory memory = SqliteMemory.open(file, true)) {
                for (Release r : releases) {
                    UnitExport.Counts c = UnitExport.toMemory(r, acceptLow, memory);
                    added += c.added();
                    merged += c.merged();
                }
            }
            out.printf("memory %s: %d units added, %d already there%n", file, added, merged);
        }
        if (tmx != null) {
            int written = 0;
            try (TmxWriter writer = new TmxWriter(tmx, "az", version())) {
                for (Release r : releases) {
                    written += UnitExport.toTmx(r, acceptLow, writer).written();
                }
            }
            out.printf("TMX %s: %d units%n", tmx, written);
        }
        return Archive.summarize(releases);
    }

    private static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    private static String line(Release r) {
        StringBuilder sb = new StringBuilder(r.name()).append(':');
        r.versions().forEach((lang, t) -> sb.append(' ').append(lang).append(' ').append(t.size()));
        sb.append(" sentences;");
        for (Alignment a : r.result().pairs()) {
            sb.append(String.format(Locale.ROOT, " %s-%s %d beads (%.0f%% low);", a.source(), a.target(),
                    a.beads().size(), 100 * a.lowShare()));
        }
        return sb.append(' ').append(r.units().size()).append(" units, ").append(r.lowUnits()).append(" low").toString();
    }
}
