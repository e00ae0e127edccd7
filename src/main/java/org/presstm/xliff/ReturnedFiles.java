package org.presstm.xliff;

import java.nio.file.Path;
import java.util.List;

/** Reads a returned XLIFF of either version: the safe probe first, then the reader for its version. */
final class ReturnedFiles {
    private ReturnedFiles() {
    }

    static ReturnedFile read(Path file) {
        XliffProbe.Facts facts = XliffProbe.probe(file);
        List<ReturnedSegment> segments = facts.version() == XliffVersion.V1_2 ? Xliff12Reader.read(file, facts)
                : Xliff20Reader.read(file, facts);
        return new ReturnedFile(file, facts.version(), facts.packageId(), facts.sourceLanguage(),
                facts.targetLanguage(), segments);
    }
}
