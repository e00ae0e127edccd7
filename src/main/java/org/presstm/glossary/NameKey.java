package org.presstm.glossary;

import java.util.Locale;

import org.presstm.lang.Language;

/**
 * A coarse spelling key that is the same for a name in any of the three scripts: Quliyev, Guliyev and Гулиев
 * all give "guliyav"; Qafarova, Gafarova and Гафарова give "gafarova". Russian and English spellings are
 * first read back into Azerbaijani Latin by {@link Transliterator}, then the letters that the three spelling
 * systems render differently are merged (q/g/ğ/h/x → g, vowels by their backness class, doubled letters
 * single). A key for lookup, in the spirit of Soundex, never shown to users. Stateless and thread-safe.
 */
final class NameKey {
    private NameKey() {
    }

    static String of(String text, Language language) {
        String latin = language == Language.AZ ? text
                : Transliterator.instance().transliterate(text, language, Language.AZ);
        String s = latin.toLowerCase(Locale.forLanguageTag("az")).replace("i̇", "i");
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = merge(s.charAt(i));
            if (c == 0 || (sb.length() > 0 && sb.charAt(sb.length() - 1) == c)) {
                continue;
            }
            sb.append(c);
        }
        return sb.toString().strip();
    }

    private static char merge(char c) {
        return switch (c) {
            case 'q', 'g', 'ğ', 'h', 'x' -> 'g';
            case 'a', 'ə', 'e' -> 'a';
            case 'ı', 'i' -> 'i';
            case 'o', 'ö' -> 'o';
            case 'u', 'ü' -> 'u';
            case 'c', 'j', 'ç' -> 'c';
            case 'ş', 's' -> 's';
            case 'w', 'v' -> 'v';
            case ' ', '-' -> ' ';
            default -> Character.isLetterOrDigit(c) ? c : 0;
        };
    }
}
