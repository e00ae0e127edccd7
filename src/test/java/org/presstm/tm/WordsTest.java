package org.presstm.tm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class WordsTest {
    /** Tags for each case-folding path: Azerbaijani, the others presstm knows, and one it does not. */
    private static final List<String> LANGS = List.of("az", "en", "ru", "fr");

    /** Chars where the per-char keys could go wrong: case pairs that fold by language, marks, spaces, quotes. */
    private static final String TRICKY = "Iıİi\u0307ƏəƏ\u0259ĞğŞşÇçÖöÜüЁёЙйΣσςΑάß\u00A0\u2009\u202F\t\n "
            + "“”«»‘’–—−…\u0301\u0308\u0327\u00AD\u212A\u212B\u2126\u1100\u1161\u11A8\u0345\u0390"
            + "0123456789.,;:!?()-_'\"/%€$";

    private static List<String> viaKeyText(String text, String lang) {
        return Words.split(Words.keyText(text, Words.language(lang)));
    }

    @Test
    void keyTextGivesTheSameKeysAsTheWholeTextPathForEveryCharInItsTable() {
        for (String lang : LANGS) {
            for (char c = 0; c < Words.KeyChars.END; c++) {
                for (String text : List.of(c + "", "a" + c + "b", "I" + c + "İ", "Ə" + c + c + "Σ")) {
                    assertEquals(Words.keys(text, lang), viaKeyText(text, lang),
                            () -> lang + " U+" + Integer.toHexString(text.charAt(text.length() / 2)));
                }
            }
        }
    }

    @Test
    void keyTextGivesTheSameKeysAsTheWholeTextPathOnMixedText() {
        Random random = new Random(7);
        String pool = TRICKY + "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZабвгдежзиклмнопрстуфхцчшщъыьэюя"
                + "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int length = 1 + random.nextInt(40);
            for (int i = 0; i < length; i++) {
                int pick = random.nextInt(20);
                if (pick == 0) {
                    sb.append((char) random.nextInt(Words.KeyChars.END)); // anything the table covers
                } else if (pick == 1) {
                    sb.appendCodePoint(0x3000 + random.nextInt(0x10000)); // beyond it, surrogate pairs too
                } else {
                    sb.append(pool.charAt(random.nextInt(pool.length())));
                }
            }
            String text = sb.toString();
            for (String lang : LANGS) {
                assertEquals(Words.keys(text, lang), viaKeyText(text, lang), () -> lang + " " + text);
            }
        }
    }

    @Test
    void keysFoldCaseByLanguageAndDropDiacritics() {
        assertEquals(List.of("ilham", "eliyev", "iqtisadiyyat"), viaKeyText("İlham Əliyev, İQTİSADİYYAT", "az"));
        assertEquals(List.of("istanbul", "iyun"), viaKeyText("İSTANBUL — IYUN", "az"), "I folds to ı, read as i");
        assertEquals(List.of("еще", "краткии"), viaKeyText("ЕЩЁ краткий", "ru"));
        assertEquals(List.of("cafe", "2026"), viaKeyText("Café\u00A02026", "fr"));
    }
}
