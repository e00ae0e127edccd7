package org.presstm.xliff;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.presstm.lang.Language;

/**
 * What {@code presstm pack} is asked to do.
 *
 * @param outDir   where the package folder (and zip) go
 * @param registry the project's packages folder, where a copy of the manifest and the original is kept so
 *                 that a returned XLIFF can be checked even when the package went elsewhere; empty for none
 * @param id       the package id; empty for a fresh random one
 * @param validate check every file as it is written (schemas, Okapi's readers: see {@link PackageValidation});
 *                 a few hundred milliseconds a package, so the command asks for it with {@code --validate}
 *                 and the tests check every package they make on their own
 */
public record PackRequest(Path release, Language from, List<Language> to, Path outDir, XliffVersion version,
        Profile profile, boolean zip, Optional<Path> registry, Optional<String> id, Instant created,
        boolean validate) {
    public PackRequest {
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(outDir, "outDir");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(created, "created");
        to = List.copyOf(to);
        if (to.isEmpty()) {
            throw new IllegalArgumentException("no target language");
        }
        if (to.contains(from)) {
            throw new IllegalArgumentException("target language " + from + " is the source language");
        }
        if (to.stream().distinct().count() != to.size()) {
            throw new IllegalArgumentException("a target language is given twice: " + to);
        }
    }
}
