package org.presstm.lang;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one place for text normalisation. Stored text stays as written; comparisons and indexes use:
 * <ul>
 * <li>{@link #normalize}: Unicode NFC, typographic quotes and dashes unified, white space (no-break spaces
 * included) collapsed to single spaces and trimmed;</li>
 * <li>{@link #fold}: {@link #normalize} plus case folding that is right for the language: Azerbaijani (like
 * Turkish) lowercases I to ı and İ to i, every other language I to i;</li>
 * <li>{@link #searchKey}: {@link #fold} plus diacritics removed and the Azerbaijani letters ə and ı read as
 * e and i, so that "Meclis" finds "Məclis" and "ilham" finds "İlham".</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class TextNormalizer {
    private static final Locale AZERBAIJANI = Locale.forLanguageTag("az");

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(nfc.length());
        boolean space = false;
        for (int i = 0; i < nfc.length(); i++) {
            char c = unify(nfc.charAt(i));
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** @param language the text's language; null for unknown (then I folds to i) */
    public static String fold(String text, Language language) {
        Locale locale = language == Language.AZ ? AZERBAIJANI : Locale.ROOT;
        return Normalizer.normalize(normalize(text).toLowerCase(locale), Normalizer.Form.NFC);
    }

    public static String searchKey(String text, Language language) {
        String decomposed = Normalizer.normalize(fold(text, language), Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            sb.append(switch (c) {
                case 'ə' -> 'e';
                case 'ı' -> 'i';
                case 'ё' -> 'е';
                default -> c;
            });
        }
        return sb.toString();
    }

    /**
     * One char with its typographic variants read as plain forms (curly quotes as " and ', dashes as -):
     * for code that walks the original text and must not change its offsets.
     */
    public static char unifyPunctuation(char c) {
        return unify(c);
    }

    /** Typographic variants read as their plain forms: quotes as " and ', dashes and minus as -. */
    static char unify(char c) {
        return switch (c) {
            case '“', '”', '„', '‟', '«', '»', '″' -> '"';
            case '‘', '’', '‚', '‛', '‹', '›', '′', '`', 'ʼ' -> '\'';
            case '‐', '‑', '‒', '–', '—', '―', '−' -> '-';
            case '…' -> '…';
            default -> c;
        };
    }
}
