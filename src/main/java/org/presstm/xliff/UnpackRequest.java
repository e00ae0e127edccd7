package org.presstm.xliff;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What {@code presstm unpack} is asked to do.
 *
 * @param registry   the project's packages folder, searched for the manifest of a lone XLIFF
 * @param states     the XLIFF states that make a segment confirmed (imported), lower case
 * @param translator who translated, for the memory's provenance; empty if not given
 */
public record UnpackRequest(Path input, Optional<Path> registry, Path outDir, Set<String> states,
        Optional<String> translator, Instant now) {
    /** XLIFF 1.2 translated/signed-off/final and XLIFF 2.0 translated/reviewed/final. */
    public static final Set<String> DEFAULT_STATES = Set.of("translated", "signed-off", "final", "reviewed");

    public UnpackRequest {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(outDir, "outDir");
        Objects.requireNonNull(translator, "translator");
        Objects.requireNonNull(now, "now");
        states = states.stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        translator = translator.map(String::strip).filter(t -> !t.isEmpty());
    }
}
