package org.presstm.lang;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages presstm has models and language data for. Other BCP 47 tags may still travel through the
 * memory as plain strings; this enum is for the places that need language-specific knowledge.
 */
public enum Language {
    AZ("az", "aze", "Azerbaijani"),
    EN("en", "eng", "English"),
    RU("ru", "rus", "Russian");

    private final String code;
    private final String iso3;
    private final String englishName;

    Language(String code, String iso3, String englishName) {
        this.code = code;
        this.iso3 = iso3;
        this.englishName = englishName;
    }

    /** The ISO 639-1 code, which is also the BCP 47 primary subtag: "az". */
    public String code() {
        return code;
    }

    /** The ISO 639-3 code that OpenNLP's language detector uses: "aze". */
    public String iso3() {
        return iso3;
    }

    public String englishName() {
        return englishName;
    }

    /** The Java locale; for Azerbaijani this matters for İ/i and I/ı in case mapping. */
    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /**
     * Reads a language tag as a user or a file gives it: "az", "AZ", "az-Latn-AZ", "aze", "ru_RU".
     * The region and script are ignored; an unsupported language gives an empty result.
     */
    public static Optional<Language> fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String primary = tag.trim().replace('_', '-').split("-", 2)[0].toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(l -> l.code.equals(primary) || l.iso3.equals(primary))
                .findFirst();
    }

    /** Like {@link #fromTag} but for input that must name a supported language. */
    public static Language of(String tag) {
        return fromTag(tag).orElseThrow(() -> new IllegalArgumentException(
                "unsupported language '" + tag + "' (expected one of az, en, ru)"));
    }

    @Override
    public String toString() {
        return code;
    }
}
