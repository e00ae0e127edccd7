package org.presstm.glossary;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.presstm.InvalidInputException;

/**
 * A set of concepts with unique ids, as read from one or more files. Immutable and thread-safe.
 * Each concept remembers which file it came from, so that a duplicate id names both places.
 */
public final class TermBase {
    private final Map<String, Concept> byId;
    private final Map<String, Path> origin;

    private TermBase(Map<String, Concept> byId, Map<String, Path> origin) {
        this.byId = byId;
        this.origin = origin;
    }

    public static TermBase empty() {
        return new TermBase(Map.of(), Map.of());
    }

    /**
     * @param file where the concepts come from (in messages); may be null
     * @throws InvalidInputException if two concepts share an id
     */
    public static TermBase of(Path file, Collection<Concept> concepts) {
        return empty().plus(file, concepts);
    }

    /** This base and the concepts of another file; a concept id already present is an error. */
    public TermBase plus(Path file, Collection<Concept> concepts) {
        Map<String, Concept> ids = new LinkedHashMap<>(byId);
        Map<String, Path> from = new LinkedHashMap<>(origin);
        for (Concept c : concepts) {
            add(ids, from, file, c);
        }
        return new TermBase(Collections.unmodifiableMap(ids), Collections.unmodifiableMap(from));
    }

    /** Merges bases read from different files. */
    public TermBase plus(TermBase other) {
        Map<String, Concept> ids = new LinkedHashMap<>(byId);
        Map<String, Path> from = new LinkedHashMap<>(origin);
        for (Concept c : other.byId.values()) {
            add(ids, from, other.origin.get(c.id()), c);
        }
        return new TermBase(Collections.unmodifiableMap(ids), Collections.unmodifiableMap(from));
    }

    private static void add(Map<String, Concept> ids, Map<String, Path> from, Path file, Concept c) {
        if (ids.putIfAbsent(c.id(), c) != null) {
            Path first = from.get(c.id());
            throw new InvalidInputException(file, 0, "duplicate concept id '" + c.id() + "'"
                    + (first == null || first.equals(file) ? "" : " (also in " + first + ")"));
        }
        if (file != null) {
            from.put(c.id(), file);
        }
    }

    public List<Concept> concepts() {
        return List.copyOf(byId.values());
    }

    public Optional<Concept> concept(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The file a concept was read from, if known. */
    public Optional<Path> origin(String id) {
        return Optional.ofNullable(origin.get(id));
    }

    public int size() {
        return byId.size();
    }

    /** This base with a concept replaced or appended. */
    public TermBase with(Concept concept) {
        Map<String, Concept> ids = new LinkedHashMap<>(byId);
        ids.put(concept.id(), concept);
        return new TermBase(Collections.unmodifiableMap(ids), origin);
    }
}
