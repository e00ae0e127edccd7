package org.presstm.qa;

import java.util.List;
import java.util.function.Consumer;

import org.presstm.lang.Language;

/**
 * {@code inconsistency.memory}: a sentence the memory already holds, translated otherwise than the memory
 * has it. Only exact matches of the source count; without a memory it finds nothing.
 */
final class MemoryConsistencyCheck extends BaseCheck {
    private final MemoryLookup memory;

    MemoryConsistencyCheck(CheckContext context) {
        super("inconsistency.memory", Severity.WARNING,
                "A sentence the memory holds is translated otherwise than the memory has it");
        this.memory = context.memory();
    }

    @Override
    public List<Example> examples() {
        MemoryLookup stored = (source, from, to) -> source.startsWith("Görüşdə deputatlar")
                ? List.of("MPs also attended the meeting.") : List.of();
        return List.of(
                Example.of(true, "Görüşdə deputatlar da iştirak ediblər.", "Deputies were also present.").withMemory(stored),
                Example.of(false, "Görüşdə deputatlar da iştirak ediblər.", "MPs also attended the meeting.").withMemory(stored),
                Example.of(false, "Görüşdə nazirlər də iştirak ediblər.", "Ministers also attended.").withMemory(stored));
    }

    @Override
    public void check(ParallelSegment s, Consumer<Finding> out) {
        if (memory == MemoryLookup.NONE || TextHash.words(s.sourceText()) < InconsistencyCheck.MIN_WORDS) {
            return;
        }
        for (Language lang : s.translatedLanguages()) {
            List<String> stored = memory.translations(s.sourceText(), s.sourceLanguage(), lang);
            String target = s.target(lang).orElseThrow();
            String mine = TextHash.comparable(target, lang);
            if (!stored.isEmpty() && stored.stream().noneMatch(t -> TextHash.comparable(t, lang).equals(mine))) {
                out.accept(finding(s, lang, "the memory translates this sentence as \"" + stored.get(0)
                        + "\": use that translation, or correct the memory", List.of(new Mark(lang, 0, target.length()))));
            }
        }
    }
}
