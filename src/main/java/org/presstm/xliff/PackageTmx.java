package org.presstm.xliff;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.presstm.lang.Language;
import org.presstm.tm.TmxWriter;
import org.presstm.tm.TranslationUnit;
import org.presstm.tm.Variant;

/**
 * The TMX of a package: the memory units that matched a segment of the release, cut down to the source
 * and the one target language, with their metadata (release, dates, notes), for tools that ignore the
 * matches inside the XLIFF (OmegaT reads it from its project's {@code tm/} folder). Written by the memory's
 * own {@link TmxWriter}. Stateless.
 */
final class PackageTmx {
    private PackageTmx() {
    }

    /** @return the number of units written */
    static int write(Path out, Language source, Language target, List<SegmentLeverage> leverage, String version) {
        Map<TranslationUnit, TranslationUnit> units = new LinkedHashMap<>();
        for (SegmentLeverage s : leverage) {
            for (Candidate c : s.candidates()) {
                units.computeIfAbsent(c.unit(), u -> pair(u, source, target));
            }
        }
        try (TmxWriter w = new TmxWriter(out, source.code(), version)) {
            units.values().forEach(w::write);
            return w.count();
        }
    }

    private static TranslationUnit pair(TranslationUnit u, Language source, Language target) {
        List<Variant> variants = u.variants().stream()
                .filter(v -> v.langKey().equals(source.code()) || v.langKey().equals(target.code())).toList();
        return new TranslationUnit(u.tuid(), u.release(), u.provenance(), u.props(), u.notes(), variants);
    }
}
