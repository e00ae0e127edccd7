package org.presstm.align;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.presstm.lang.Language;

/**
 * The bundled trilingual word lists: {@code align/lexicon.txt} (frequent words, az ; en ; ru, inflected forms
 * through stems) and {@code align/acronyms.txt} (ATƏT / OSCE / ОБСЕ). Each line is a concept; a word that
 * matches gives the anchor of its line, the same in every language. Loaded once; thread-safe.
 */
final class Lexicon {
    private static final Lexicon INSTANCE = new Lexicon();

    private final Map<Language, WordForms<String>> words = new EnumMap<>(Language.class);
    private final Map<Language, Map<String, String>> acronyms = new EnumMap<>(Language.class);

    private Lexicon() {
        for (Language lang : Language.values()) {
            words.put(lang, new WordForms<>());
            acronyms.put(lang, new java.util.HashMap<>());
        }
        List<String> lines = AlignData.lines("lexicon.txt");
        for (int row = 0; row < lines.size(); row++) {
            String[] cols = lines.get(row).split(";");
            if (cols.length != 3) {
                throw new IllegalStateException("align/lexicon.txt: expected az ; en ; ru in '" + lines.get(row) + "'");
            }
            for (Language lang : Language.values()) {
                for (String form : cols[lang.ordinal()].split(",")) {
                    String f = form.strip().toLowerCase(lang.locale());
                    // a form of two words cannot match one token; the single words around it still can
                    if (!f.isEmpty() && f.indexOf(' ') < 0) {
                        words.get(lang).add(f, "l" + row);
                    }
                }
            }
        }
        List<String> acr = AlignData.lines("acronyms.txt");
        for (int row = 0; row < acr.size(); row++) {
            for (String a : acr.get(row).split("\\s+")) {
                for (Language lang : Language.values()) {
                    acronyms.get(lang).putIfAbsent(a.toUpperCase(lang.locale()), "a" + row);
                }
            }
        }
    }

    static Lexicon instance() {
        return INSTANCE;
    }

    /** The concept anchors of a case-folded word. */
    List<String> concepts(String folded, Language language) {
        return words.get(language).find(folded);
    }

    /** The anchor of an acronym of the table, or null. */
    String acronym(String word, Language language) {
        return acronyms.get(language).get(word.toUpperCase(language == Language.AZ ? language.locale()
                : Locale.ROOT));
    }
}
