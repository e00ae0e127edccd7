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

    /**
     * Whether the letters alone show that a text is in the given language, so that the detector need not
     * run: Russian is written in Cyrillic, Azerbaijani in a Latin alphabet with ə, ı, ğ, ş, ç, ö, ü (a few
     * in every hundred letters), English in plain Latin letters. A text that mixes them (a Russian text
     * quoting English names, an English one quoting "Məclis") is left to the detector.
     */
    public static boolean plainly(String text, Language language) {
        int letters = 0;
        int cyrillic = 0;
        int azerbaijani = 0;
        int other = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            letters++;
            if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
                cyrillic++;
            } else if ("əƏıİğĞşŞçÇöÖüÜ".indexOf(c) >= 0) {
                azerbaijani++;
            } else if (c > 'z') {
                other++;
            }
        }
        if (letters < MIN_LETTERS) {
            return false;
        }
        return switch (language) {
            case RU -> cyrillic >= 0.95 * letters;
            case AZ -> cyrillic == 0 && other == 0 && azerbaijani >= 0.02 * letters;
            case EN -> cyrillic == 0 && other == 0 && azerbaijani == 0;
        };
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
