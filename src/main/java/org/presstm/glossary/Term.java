package org.presstm.glossary;

import java.util.Objects;

import org.presstm.lang.Language;

/**
 * One designation of a concept in one language: "Milli Məclis", "Milli Majlis", "Милли Меджлис".
 *
 * @param text         the term as written (trimmed, never blank)
 * @param language     its language
 * @param status       how it may be used
 * @param partOfSpeech "noun", "properNoun", ... or empty
 * @param note         a usage note or empty
 */
public record Term(String text, Language language, TermStatus status, String partOfSpeech, String note) {
    public Term {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(status, "status");
        text = text.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("term text is blank");
        }
        partOfSpeech = partOfSpeech == null ? "" : partOfSpeech.strip();
        note = note == null ? "" : note.strip();
    }

    public Term(String text, Language language, TermStatus status) {
        this(text, language, status, "", "");
    }
}
