package org.presstm.segment;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.presstm.lang.Language;

/**
 * The segmentation service behind {@code presstm segment} and the other commands that segment: chooses the
 * language (given, or detected), segments, and says when a given language contradicts the detector.
 * Holds one segmenter per language, so it is not thread-safe; make one per thread.
 */
public final class TextSegmentation {
    private final Segmenters segmenters;
    private final boolean everyLineIsParagraph;
    private final Map<Language, Segmenter> byLanguage = new EnumMap<>(Language.class);
    private final LanguageGuesser guesser = new LanguageGuesser();

    public TextSegmentation(Segmenters segmenters, boolean everyLineIsParagraph) {
        this.segmenters = segmenters;
        this.everyLineIsParagraph = everyLineIsParagraph;
    }

    /**
     * @param language the language to segment as, or empty to detect it (English when undetectable)
     * @param detect   whether to run the language detector when a language is given (for the warning)
     */
    public SegmentedText segment(String source, String text, Optional<Language> language, boolean detect) {
        Language detected = language.isEmpty() || detect ? guesser.guess(text).orElse(null) : null;
        Language used = language.orElse(detected != null ? detected : Language.EN);
        Segmenter segmenter = byLanguage.computeIfAbsent(used,
                l -> segmenters.forLanguage(l, everyLineIsParagraph));
        return new SegmentedText(source, used, detected, segmenter.segment(text));
    }

    /** The warning to give when the detector disagrees with the language the user gave, if any. */
    public static Optional<String> contradiction(SegmentedText t) {
        if (t.detected() == null || t.detected() == t.language()) {
            return Optional.empty();
        }
        return Optional.of(t.source() + ": text looks " + t.detected().englishName() + " (" + t.detected()
                + "), not " + t.language().englishName() + " (" + t.language() + "); segmented as "
                + t.language());
    }
}
