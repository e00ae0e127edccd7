package org.presstm.xliff;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the package offers for one segment in one target language: the band of the report, the exact
 * match (pre-filled in the target), the fuzzy matches (offered beside it) and the glossary terms.
 *
 * @param candidates best first; the first is the exact match when there is one
 */
public record SegmentLeverage(SourceSegment segment, int words, MatchBand band, List<Candidate> candidates,
        List<TermSuggestion> terms) {
    public SegmentLeverage {
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(band, "band");
        if (words < 0) {
            throw new IllegalArgumentException("negative word count " + words);
        }
        candidates = List.copyOf(candidates);
        terms = List.copyOf(terms);
    }

    /**
     * The exact match to pre-fill, if any: a 100% or context match whose target has the segment's codes (a
     * target with other codes could not be merged back, so it is only offered).
     */
    public Optional<Candidate> exact() {
        if (candidates.isEmpty() || !candidates.get(0).isExact()) {
            return Optional.empty();
        }
        Candidate c = candidates.get(0);
        List<String> mine = new java.util.ArrayList<>(CodedText.codeKeys(segment.text()));
        List<String> theirs = new java.util.ArrayList<>(CodedText.codeKeys(c.target()));
        java.util.Collections.sort(mine);
        java.util.Collections.sort(theirs);
        return mine.equals(theirs) ? Optional.of(c) : Optional.empty();
    }

    /** The matches that are not pre-filled. */
    public List<Candidate> fuzzy() {
        return exact().isPresent() ? candidates.subList(1, candidates.size()) : candidates;
    }
}
