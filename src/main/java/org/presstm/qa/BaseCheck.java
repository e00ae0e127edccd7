package org.presstm.qa;

import java.util.List;
import java.util.Objects;

import org.presstm.lang.Language;

/** What every check has: id, severity and title, and a helper to make its findings. */
abstract class BaseCheck implements Check {
    private final String id;
    private final Severity severity;
    private final String title;

    BaseCheck(String id, Severity severity, String title) {
        this.id = Objects.requireNonNull(id, "id");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.title = Objects.requireNonNull(title, "title");
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Severity severity() {
        return severity;
    }

    @Override
    public final String title() {
        return title;
    }

    Finding finding(ParallelSegment s, Language language, String message, List<Mark> marks) {
        return Finding.of(this, s, language, message, marks);
    }

    /** A finding of this check at another severity than the check's own (a lesser case of what it finds). */
    Finding finding(ParallelSegment s, Language language, String message, List<Mark> marks, Severity severity) {
        Finding f = Finding.of(this, s, language, message, marks);
        return new Finding(f.check(), severity, f.document(), f.segment(), f.sourceLanguage(), f.source(), f.targets(),
                f.language(), f.message(), f.marks());
    }

    @Override
    public String toString() {
        return id;
    }
}
