package org.presstm.segment;

import org.presstm.lang.Language;

/**
 * The one factory of presstm's segmenters: a model cache and the language rules, so that models and
 * word lists are loaded once however many segmenters are made. Thread-safe; the segmenters it makes are not.
 */
public final class Segmenters {
    private final SentenceModels models;
    private final java.util.Map<Language, BoundaryRules> rules = new java.util.concurrent.ConcurrentHashMap<>();

    public Segmenters(SentenceModels models) {
        this.models = models;
    }

    public Segmenters() {
        this(new SentenceModels());
    }

    public SentenceModels models() {
        return models;
    }

    /**
     * @param everyLineIsParagraph true when every line break ends a paragraph (text pasted one paragraph
     *                             per line); false for the usual blank-line paragraphs with soft wraps
     */
    public Segmenter forLanguage(Language language, boolean everyLineIsParagraph) {
        return new SentenceSegmenter(language, models.get(language),
                rules.computeIfAbsent(language, BoundaryRules::forLanguage),
                new ParagraphSplitter(everyLineIsParagraph));
    }
}
