package org.presstm.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.presstm.lang.Language;
import org.presstm.tm.Memory;
import org.presstm.tm.Prop;
import org.presstm.tm.Provenance;
import org.presstm.tm.TmxWriter;
import org.presstm.tm.TranslationUnit;
import org.presstm.tm.Variant;

/**
 * Turns aligned units into the memory's {@link TranslationUnit}s (az, en and ru variants where all three
 * correspond, two where only two do), keeping the release's name and the confidence, and writes them to a
 * memory or a TMX file. Low-confidence units are left out unless asked for. Adding a release twice adds
 * nothing new: the memory merges units whose texts are identical. Stateless.
 */
public final class UnitExport {
    /** The prop that carries a unit's alignment confidence. */
    public static final String CONFIDENCE_PROP = "x-align-confidence";

    private UnitExport() {
    }

    /** What was written. */
    public record Counts(int written, int added, int merged, int lowSkipped) {
    }

    public static List<TranslationUnit> units(Release release, boolean acceptLow) {
        List<TranslationUnit> out = new ArrayList<>();
        for (AlignedUnit u : release.units()) {
            if (!u.isLow() || acceptLow) {
                out.add(unit(release.name(), u));
            }
        }
        return out;
    }

    static TranslationUnit unit(String release, AlignedUnit u) {
        List<Variant> variants = new ArrayList<>();
        for (Map.Entry<Language, String> e : u.texts().entrySet()) {
            variants.add(Variant.of(e.getKey().code(), e.getValue()));
        }
        List<Prop> props = List.of(new Prop(CONFIDENCE_PROP, String.format(java.util.Locale.ROOT, "%.3f",
                u.confidence())));
        return new TranslationUnit(null, release, Provenance.NONE, props, List.of(), variants);
    }

    /** Adds the release's units to the memory in one transaction. */
    public static Counts toMemory(Release release, boolean acceptLow, Memory memory) {
        List<TranslationUnit> units = units(release, acceptLow);
        int added = 0;
        int merged = 0;
        try (Memory.Batch batch = memory.begin()) {
            for (TranslationUnit u : units) {
                if (batch.add(u) == Memory.Outcome.ADDED) {
                    added++;
                } else {
                    merged++;
                }
            }
            batch.commit();
        }
        return new Counts(units.size(), added, merged, skipped(release, acceptLow));
    }

    public static Counts toTmx(Release release, boolean acceptLow, TmxWriter tmx) {
        List<TranslationUnit> units = units(release, acceptLow);
        units.forEach(tmx::write);
        return new Counts(units.size(), units.size(), 0, skipped(release, acceptLow));
    }

    private static int skipped(Release release, boolean acceptLow) {
        return acceptLow ? 0 : (int) release.lowUnits();
    }
}
