package org.presstm.xliff;

import java.time.Instant;
import java.util.Objects;

/**
 * What every file of a package says about the package: its id (checked when the translation comes back),
 * the release it is for, when it was made, and the profile its XLIFF follows.
 */
public record PackageHeader(String id, String release, String originalFile, Instant created, Profile profile,
        XliffVersion version) {
    public PackageHeader {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9_-]{3,63}")) {
            throw new IllegalArgumentException("package id '" + id + "' must be 4 to 64 letters, digits, - or _");
        }
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(originalFile, "originalFile");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(version, "version");
    }
}
