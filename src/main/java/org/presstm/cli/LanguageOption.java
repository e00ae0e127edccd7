package org.presstm.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.presstm.lang.Language;

/** Parsing of the language options the commands share: {@code --lang az|en|ru|auto}, {@code --to en,ru}. */
final class LanguageOption {
    private LanguageOption() {
    }

    /** "auto" gives empty; anything else must be a supported language. */
    static Optional<Language> parse(String value) {
        if (value == null || value.equalsIgnoreCase("auto")) {
            return Optional.empty();
        }
        return Optional.of(Language.of(value));
    }

    /** A comma-separated list such as "az,ru". */
    static List<Language> parseList(String value) {
        List<Language> out = new ArrayList<>();
        for (String part : value.split(",")) {
            if (!part.isBlank()) {
                out.add(Language.of(part.trim()));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no language given in '" + value + "'");
        }
        return out;
    }
}
