package org.presstm.xliff;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** What {@code presstm pack} made: the package folder, the zip if asked for, and the manifest. */
public record PackResult(Path folder, Optional<Path> zip, Manifest manifest) {
    public PackResult {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(zip, "zip");
        Objects.requireNonNull(manifest, "manifest");
    }
}
