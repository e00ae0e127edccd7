package org.presstm.glossary;

/**
 * A word of a text as the matcher sees it.
 *
 * @param start     offset of the first char in the text
 * @param end       offset after the last char
 * @param folded    the word folded for its language ({@code TextNormalizer.fold})
 * @param key       the language's comparison key: a Russian stem, an English singular, the folded word
 * @param link      '-' or '\'' when exactly that char joins it to the word before ("PA-nın", "PA's"), else 0
 * @param continues whether a multi-word term may run on into this word from the one before (only spaces or
 *                  hyphens in between, no punctuation)
 * @param capital   whether the word starts with a capital letter as written
 */
record Token(int start, int end, String folded, String key, char link, boolean continues, boolean capital) {
}
