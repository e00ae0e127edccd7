package org.presstm.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.presstm.lang.Language;

class LanguageGuesserTest {
    private final LanguageGuesser guesser = new LanguageGuesser();

    @Test
    void tellsTheThreeLanguagesApart() {
        assertEquals(Optional.of(Language.AZ), guesser.guess(
                "Milli Məclisin Sədri Estoniya parlamentinin nümayəndə heyətini qəbul edib. Görüşdə əməkdaşlıq müzakirə olunub."));
        assertEquals(Optional.of(Language.EN), guesser.guess(
                "The Chair of the Milli Majlis received a delegation of the Estonian parliament and discussed cooperation."));
        assertEquals(Optional.of(Language.RU), guesser.guess(
                "Председатель Милли Меджлиса приняла делегацию парламента Эстонии и обсудила сотрудничество."));
    }

    @Test
    void theLettersAloneShowTheLanguageOnlyWhereTheyLeaveNoDoubt() {
        String az = "Milli Məclisin Sədri Estoniya parlamentinin nümayəndə heyətini qəbul edib.";
        String en = "The Chair of the Milli Majlis received a delegation of the Estonian parliament.";
        String ru = "Председатель Милли Меджлиса приняла делегацию парламента Эстонии.";
        assertTrue(LanguageGuesser.plainly(az, Language.AZ));
        assertTrue(LanguageGuesser.plainly(en, Language.EN));
        assertTrue(LanguageGuesser.plainly(ru, Language.RU));
        assertFalse(LanguageGuesser.plainly(az, Language.EN), "an az text given as en");
        assertFalse(LanguageGuesser.plainly(en, Language.AZ), "an en text given as az");
        assertFalse(LanguageGuesser.plainly(en, Language.RU));
        assertFalse(LanguageGuesser.plainly("The Speaker met Türkiye's ambassador to the Milli Majlis.", Language.EN),
                "a letter of the other alphabet leaves it to the detector");
        assertFalse(LanguageGuesser.plainly("OK. 12:40", Language.EN), "too few letters to tell");
    }

    @Test
    void tooShortTextGivesNoGuess() {
        assertEquals(Optional.empty(), guesser.guess("OK. 12:40"));
    }
}
