package org.presstm.align;

import java.util.List;
import java.util.Objects;

import org.presstm.lang.Language;

/**
 * One version of a text, ready to align: its sentences and, where known, the paragraph of each.
 *
 * @param language   the language of the text
 * @param sentences  the sentences in order
 * @param paragraphs the 0-based paragraph of each sentence, non-decreasing; empty when unknown
 *                   (presegmented input)
 */
public record AlignText(Language language, List<String> sentences, List<Integer> paragraphs) {
    public AlignText {
        Objects.requireNonNull(language, "language");
        sentences = List.copyOf(sentences);
        paragraphs = List.copyOf(paragraphs);
        if (!paragraphs.isEmpty() && paragraphs.size() != sentences.size()) {
            throw new IllegalArgumentException(paragraphs.size() + " paragraph numbers for "
                    + sentences.size() + " sentences");
        }
        for (int i = 1; i < paragraphs.size(); i++) {
            if (paragraphs.get(i) < paragraphs.get(i - 1)) {
                throw new IllegalArgumentException("paragraph numbers go down at sentence " + i);
            }
        }
    }

    /** Sentences without paragraph information. */
    public static AlignText of(Language language, List<String> sentences) {
        return new AlignText(language, sentences, List.of());
    }

    public int size() {
        return sentences.size();
    }

    public boolean hasParagraphs() {
        return !paragraphs.isEmpty();
    }
}
