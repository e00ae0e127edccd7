package org.presstm.xliff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.presstm.lang.Language;
import org.presstm.tm.Memory;
import org.presstm.tm.Prop;
import org.presstm.tm.Provenance;
import org.presstm.tm.TranslationUnit;
import org.presstm.tm.Variant;

/**
 * Puts the confirmed segments of returned files into the memory, one unit per segment holding the source
 * and every language that confirmed it, with provenance: the translator (if given) and the date as
 * creation id and date, the release, and the package id as {@code <prop type="x-package">}. One batch for
 * all languages: committed whole or not at all. Not thread-safe.
 */
final class MemoryImport {
    static final String PACKAGE_PROP = "x-package";

    /** Units added to the memory and units merged into ones it had. */
    record Outcome(int added, int merged) {
    }

    private final Memory memory;
    private final Manifest manifest;
    private final UnpackRequest request;

    MemoryImport(Memory memory, Manifest manifest, UnpackRequest request) {
        this.memory = memory;
        this.manifest = manifest;
        this.request = request;
    }

    Outcome run(Map<String, SourceSegment> sources, Map<Language, Map<String, ReturnCheck.Checked>> checked) {
        Provenance provenance = new Provenance(request.now().toString(), request.translator().orElse(null), null,
                null, 0);
        int added = 0;
        int merged = 0;
        try (Memory.Batch batch = memory.begin()) {
            for (Map.Entry<String, SourceSegment> s : sources.entrySet()) {
                List<Variant> variants = new ArrayList<>();
                for (Map.Entry<Language, Map<String, ReturnCheck.Checked>> lang : checked.entrySet()) {
                    ReturnCheck.Checked c = lang.getValue().get(s.getKey());
                    if (c != null && c.confirmed()) {
                        variants.add(new Variant(lang.getKey().code(), c.target(), provenance, List.of(), List.of()));
                    }
                }
                if (variants.isEmpty()) {
                    continue;
                }
                variants.add(0, new Variant(manifest.source().code(), s.getValue().text(), provenance, List.of(),
                        List.of()));
                TranslationUnit unit = new TranslationUnit(manifest.header().id() + ":" + s.getKey(),
                        manifest.header().release(), provenance,
                        List.of(new Prop(PACKAGE_PROP, manifest.header().id())), List.of(), variants);
                if (batch.add(unit) == Memory.Outcome.ADDED) {
                    added++;
                } else {
                    merged++;
                }
            }
            batch.commit();
        }
        return new Outcome(added, merged);
    }
}
