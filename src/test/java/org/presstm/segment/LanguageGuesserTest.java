package org.presstm.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void tooShortTextGivesNoGuess() {
        assertEquals(Optional.empty(), guesser.guess("OK. 12:40"));
    }
}
