package org.presstm.xliff;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.presstm.lang.Language;

/**
 * A release read for translation: its file, format and language, and its translatable units.
 *
 * @param name a name fit for file names, derived from the file name (see {@link FileNames#safe})
 */
public record Release(String name, Path file, ReleaseFormat format, Language language, List<SourceUnit> units) {
    public Release {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(language, "language");
        units = List.copyOf(units);
    }

    public List<SourceSegment> segments() {
        List<SourceSegment> out = new ArrayList<>();
        for (SourceUnit u : units) {
            out.addAll(u.segments());
        }
        return out;
    }
}
