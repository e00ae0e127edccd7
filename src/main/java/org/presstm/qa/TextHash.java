package org.presstm.qa;

import java.text.Normalizer;

import org.presstm.lang.Language;
import org.presstm.lang.TextNormalizer;

/**
 * 64-bit keys of sentences for comparing very many of them without holding their text: FNV-1a over the
 * case-folded, normalised text without its final punctuation. Two different sentences share a key with a
 * chance of about n²/2⁶⁵, under one in ten million for a million sentences.
 */
final class TextHash {
    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private TextHash() {
    }

    /**
     * The key of the text, computed in one pass without building the folded string (a memory of a million
     * units hashes three million texts): NFC, typographic punctuation unified, lower case (Azerbaijani I as
     * ı), white space collapsed, final punctuation left out.
     */
    static long of(String text, Language language) {
        String s = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        int end = s.length();
        while (end > 0 && (Character.isWhitespace(s.charAt(end - 1)) || ".!?…;:".indexOf(s.charAt(end - 1)) >= 0)) {
            end--;
        }
        long h = OFFSET;
        boolean space = false;
        boolean started = false;
        for (int i = 0; i < end; i++) {
            char c = TextNormalizer.unifyPunctuation(s.charAt(i));
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = started;
                continue;
            }
            if (space) {
                h = (h ^ ' ') * PRIME;
                space = false;
            }
            char lower = language == Language.AZ && c == 'I' ? 'ı' : Character.toLowerCase(c);
            h = (h ^ lower) * PRIME;
            started = true;
        }
        return h;
    }

    /** The form under which two translations count as the same. */
    static String comparable(String text, Language language) {
        String folded = TextNormalizer.fold(text, language);
        int end = folded.length();
        while (end > 0 && ".!?…;:".indexOf(folded.charAt(end - 1)) >= 0) {
            end--;
        }
        return folded.substring(0, end);
    }

    /** Number of words (runs without spaces) of a text. */
    static int words(String text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !in) {
                n++;
            }
            in = !space;
        }
        return n;
    }
}
