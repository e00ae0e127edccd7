package org.presstm.qa;

import java.util.Objects;
import java.util.Optional;

import org.presstm.glossary.Glossary;
import org.presstm.glossary.TermBase;

/**
 * What checks may consult besides the segments: the project's glossary (terms and names) and the memory
 * (to compare a package's translations with the stored ones). Either may be absent; the checks that need
 * it then find nothing.
 */
public record CheckContext(Optional<Glossary> glossary, MemoryLookup memory) {
    public static final CheckContext EMPTY = new CheckContext(Optional.empty(), MemoryLookup.NONE);

    public CheckContext {
        Objects.requireNonNull(glossary, "glossary");
        Objects.requireNonNull(memory, "memory");
    }

    public static CheckContext of(TermBase base) {
        return new CheckContext(Optional.of(Glossary.of(base)), MemoryLookup.NONE);
    }

    public CheckContext withMemory(MemoryLookup lookup) {
        return new CheckContext(glossary, lookup);
    }
}
