package org.presstm.align;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.presstm.lang.Language;

/**
 * Sentences of two or three versions that say the same thing: the future translation unit.
 *
 * @param sentences  per language, the sentence numbers (consecutive); only languages that take part
 * @param texts      per language, the sentences joined by a space
 * @param confidence the lowest confidence of the beads that made the unit, lowered when the third
 *                   language disagrees
 * @param consistent false when the en-ru evidence contradicts what az-en and az-ru say
 */
public record AlignedUnit(Map<Language, List<Integer>> sentences, Map<Language, String> texts, double confidence,
        boolean consistent) {
    public AlignedUnit {
        if (sentences.size() < 2 || !sentences.keySet().equals(texts.keySet())) {
            throw new IllegalArgumentException("a unit needs the same two or three languages in sentences and texts");
        }
        Map<Language, List<Integer>> s = new EnumMap<>(Language.class);
        sentences.forEach((k, v) -> s.put(k, List.copyOf(v)));
        sentences = java.util.Collections.unmodifiableMap(s);
        texts = java.util.Collections.unmodifiableMap(new EnumMap<>(texts));
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("unit confidence " + confidence + " is not in [0, 1]");
        }
    }

    public boolean isLow() {
        return confidence < Alignment.LOW;
    }
}
