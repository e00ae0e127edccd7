package org.presstm.xliff;

import java.util.Objects;

import org.presstm.tm.Match;
import org.presstm.tm.TaggedText;
import org.presstm.tm.TranslationUnit;

/**
 * A memory match for one segment and one target language, as a package offers it: XLIFF 1.2
 * {@code alt-trans}, XLIFF 2.0 {@code mtc:match}, and a unit of the package TMX.
 *
 * @param origin where the match came from, for the translator: "presstm-tm" or "presstm-tm:RELEASE"
 */
public record Candidate(Match.Kind kind, int score, TaggedText source, TaggedText target, String origin,
        TranslationUnit unit) {
    public Candidate {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(unit, "unit");
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score out of 0..100: " + score);
        }
    }

    public boolean isExact() {
        return kind != Match.Kind.FUZZY;
    }
}
