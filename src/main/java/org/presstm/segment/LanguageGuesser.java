package org.presstm.segment;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

import org.presstm.PresstmException;
import org.presstm.lang.Language;

/**
 * Tells which of presstm's languages a text is in, with OpenNLP's language-detection model
 * (opennlp-models-langdetect, 103 languages, ISO 639-3 codes). The model's confidences are tiny and flat,
 * so the guess is by rank: the best-ranked of aze, eng and rus. Texts with too few letters give no guess.
 * The model (10 MB) loads on first use. Not thread-safe.
 */
public final class LanguageGuesser {
    static final String MODEL = "/langdetect-183.bin";
    /** Fewer letters than this are not enough to tell the languages apart reliably. */
    static final int MIN_LETTERS = 20;
    /** Detection looks at the start of a text only: a release's language shows in its first lines. */
    static final int SAMPLE_CHARS = 4000;

    private LanguageDetectorME detector;

    public Optional<Language> guess(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        if (sample.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
            return Optional.empty();
        }
        for (opennlp.tools.langdetect.Language l : detector().predictLanguages(sample)) {
            Optional<Language> ours = Language.fromTag(l.getLang());
            if (ours.isPresent()) {
                return ours;
            }
        }
        return Optional.empty();
    }

    private LanguageDetectorME detector() {
        if (detector == null) {
            try (InputStream in = LanguageGuesser.class.getResourceAsStream(MODEL)) {
                if (in == null) {
                    throw new PresstmException("language detection model " + MODEL + " missing from the jar");
                }
                detector = new LanguageDetectorME(new LanguageDetectorModel(in));
            } catch (IOException e) {
                throw new PresstmException("cannot load language detection model: " + e.getMessage(), e);
            }
        }
        return detector;
    }
}
