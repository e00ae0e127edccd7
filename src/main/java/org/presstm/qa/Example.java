package org.presstm.qa;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.presstm.glossary.TermBase;
import org.presstm.lang.Language;

/**
 * A case a check must get right, as in LanguageTool's rules: a bad case gives at least one finding of the
 * check, a good case none. It carries what the check needs besides the segments (a glossary, a memory), so
 * that one generic test can run every example of every check.
 *
 * @param bad      whether the check must find something
 * @param segments the segments, checked in order as one run
 * @param glossary the glossary the check consults, if any
 * @param memory   the memory the check consults
 */
public record Example(boolean bad, List<ParallelSegment> segments, Optional<TermBase> glossary, MemoryLookup memory) {
    public Example {
        segments = List.copyOf(segments);
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("example without segments");
        }
        Objects.requireNonNull(glossary, "glossary");
        Objects.requireNonNull(memory, "memory");
    }

    /** An Azerbaijani sentence and its English translation, from a package. */
    public static Example of(boolean bad, String az, String en) {
        return of(bad, Language.AZ, az, Language.EN, en);
    }

    public static Example of(boolean bad, Language from, String source, Language to, String target) {
        return of(bad, segment("example", Origin.PACKAGE, from, source, Map.of(to, target)));
    }

    /** A sentence of a three-language release. */
    public static Example three(boolean bad, String az, String en, String ru) {
        Map<Language, String> targets = new LinkedHashMap<>();
        targets.put(Language.EN, en);
        targets.put(Language.RU, ru);
        return of(bad, segment("example", Origin.RELEASE, Language.AZ, az, targets));
    }

    public static Example of(boolean bad, ParallelSegment... segments) {
        return new Example(bad, List.of(segments), Optional.empty(), MemoryLookup.NONE);
    }

    /** Numbered segments "s1", "s2", ... of one document. */
    static ParallelSegment segment(String document, Origin origin, Language from, String source,
            Map<Language, String> targets) {
        return ParallelSegment.of(document, "s1", origin, from, source, targets);
    }

    /** Several az → en segments of one package, numbered s1, s2, ... */
    public static Example pairs(boolean bad, String... azEn) {
        List<ParallelSegment> out = new ArrayList<>();
        for (int i = 0; i + 1 < azEn.length; i += 2) {
            out.add(ParallelSegment.of("example", "s" + (i / 2 + 1), Origin.PACKAGE, Language.AZ, azEn[i],
                    Map.of(Language.EN, azEn[i + 1])));
        }
        return new Example(bad, out, Optional.empty(), MemoryLookup.NONE);
    }

    /** This example with the small glossary of {@link ExampleGlossary}. */
    public Example withGlossary() {
        return new Example(bad, segments, Optional.of(ExampleGlossary.base()), memory);
    }

    public Example withMemory(MemoryLookup lookup) {
        return new Example(bad, segments, glossary, lookup);
    }

    /** The context the example's check runs in. */
    public CheckContext context() {
        CheckContext c = glossary.map(CheckContext::of).orElse(CheckContext.EMPTY);
        return c.withMemory(memory);
    }
}
