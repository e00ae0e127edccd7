package org.presstm.qa;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.presstm.lang.Language;
import org.presstm.tm.Match;
import org.presstm.tm.MatchQuery;
import org.presstm.tm.Memory;
import org.presstm.tm.TaggedText;
import org.presstm.tm.TranslationUnit;
import org.presstm.tm.Variant;

/**
 * The translation memory as segments to check, read unit by unit ({@link Memory#forEach}) so that a million
 * units are never held at once: the variant in the source language is the source, the variants in the other
 * supported languages the targets. A unit without a source variant is skipped. The document is the unit's
 * release, or "memory". Also gives the exact-match lookup that checks of a package use against the memory.
 */
public final class MemoryInput implements SegmentSource {
    private final Memory memory;
    private final Language source;

    public MemoryInput(Memory memory, Language source) {
        this.memory = Objects.requireNonNull(memory, "memory");
        this.source = Objects.requireNonNull(source, "source");
    }

    @Override
    public void forEach(Consumer<ParallelSegment> sink) {
        long[] ordinal = {0};
        memory.forEach(List.of(), null, unit -> {
            ordinal[0]++;
            segment(unit, ordinal[0]).ifPresent(sink);
        });
    }

    private Optional<ParallelSegment> segment(TranslationUnit unit, long ordinal) {
        TaggedText src = null;
        Map<Language, TaggedText> targets = new EnumMap<>(Language.class);
        for (Variant v : unit.variants()) {
            Optional<Language> lang = Language.fromTag(v.lang());
            if (lang.isEmpty()) {
                continue;
            }
            if (lang.get() == source) {
                src = v.text();
            } else {
                targets.putIfAbsent(lang.get(), v.text());
            }
        }
        if (src == null || targets.isEmpty()) {
            return Optional.empty();
        }
        String id = unit.tuid() != null ? unit.tuid() : "#" + ordinal;
        String document = unit.release() != null ? unit.release() : "memory";
        return Optional.of(new ParallelSegment(document, id, Origin.MEMORY, source, src,
                new ArrayList<>(targets.keySet()), targets));
    }

    /** The exact-match translations the memory holds, for {@link MemoryConsistencyCheck}. */
    public static MemoryLookup lookup(Memory memory) {
        return (sentence, from, to) -> {
            if (sentence.isBlank()) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (Match m : memory.match(MatchQuery.of(sentence, from.code(), List.of(to.code()), 100, 3))) {
                if (m.kind() != Match.Kind.FUZZY) {
                    m.targets().stream().filter(v -> v.langKey().equals(to.code()))
                            .forEach(v -> out.add(v.text().plain()));
                }
            }
            return out;
        };
    }
}
