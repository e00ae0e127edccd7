package org.presstm.qa;

import java.util.EnumMap;
import java.util.Map;

import org.presstm.lang.Language;

/**
 * The {@link TextHash} keys of the segment being checked, remembered until the next one, so that the checks
 * of one run that compare segments hash each text once. Not thread-safe: one per run.
 */
final class SegmentKeys {
    private ParallelSegment current;
    private long source;
    private final Map<Language, Long> targets = new EnumMap<>(Language.class);

    long source(ParallelSegment s) {
        at(s);
        return source;
    }

    long target(ParallelSegment s, Language lang) {
        at(s);
        return targets.computeIfAbsent(lang, l -> TextHash.of(s.target(l).orElse(""), l));
    }

    private void at(ParallelSegment s) {
        if (s != current) {
            current = s;
            source = TextHash.of(s.sourceText(), s.sourceLanguage());
            targets.clear();
        }
    }
}
