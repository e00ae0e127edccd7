package org.presstm.tm;

import java.util.List;
import java.util.Locale;

/**
 * One language of a {@link TranslationUnit}: a TMX {@code <tuv>}. The language is any BCP 47 tag, kept as
 * written; {@link #langKey()} is its lower-cased primary subtag, by which the memory searches.
 */
public record Variant(String lang, TaggedText text, Provenance provenance, List<Prop> props, List<String> notes) {
    public Variant {
        if (lang == null || lang.isBlank()) {
            throw new IllegalArgumentException("variant without a language");
        }
        if (text == null) {
            throw new IllegalArgumentException("variant " + lang + " without a text");
        }
        provenance = provenance == null ? Provenance.NONE : provenance;
        props = List.copyOf(props);
        notes = List.copyOf(notes);
    }

    public static Variant of(String lang, String text) {
        return new Variant(lang, TaggedText.of(text), Provenance.NONE, List.of(), List.of());
    }

    public static Variant of(String lang, TaggedText text) {
        return new Variant(lang, text, Provenance.NONE, List.of(), List.of());
    }

    public String langKey() {
        return keyOf(lang);
    }

    /** "az-Latn-AZ" gives "az". */
    public static String keyOf(String tag) {
        if (isLowerAscii(tag)) {
            return tag; // the usual tag, a bare primary subtag, is its own key
        }
        return tag.trim().replace('_', '-').split("-", 2)[0].toLowerCase(Locale.ROOT);
    }

    private static boolean isLowerAscii(String tag) {
        for (int i = 0; i < tag.length(); i++) {
            char c = tag.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }
}
