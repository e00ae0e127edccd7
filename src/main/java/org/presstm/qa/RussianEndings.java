package org.presstm.qa;

import java.util.List;

/**
 * The case endings of Russian nouns, adjectives and surnames, longest first, for comparing names whatever
 * their case: "гафаровой" and "гафарова" both give "гафаров", "алиевым" and "алиева" "алиев". A surname's own
 * "-ов", "-ев", "-ин" is kept. Stateless.
 */
final class RussianEndings {
    private static final List<String> ENDINGS = List.of("ыми", "ими", "ого", "его", "ому", "ему", "ами", "ями",
            "ой", "ей", "ым", "им", "ом", "ем", "ую", "юю", "ая", "яя", "ах", "ях", "ых", "их",
            "а", "я", "у", "ю", "е", "ы", "и", "о");
    /** Letters the stem keeps at least. */
    private static final int MIN_STEM = 3;

    private RussianEndings() {
    }

    /** The folded word without its case ending. */
    static String strip(String folded) {
        String w = folded.replace('ё', 'е');
        for (String e : ENDINGS) {
            if (w.endsWith(e) && w.length() - e.length() >= MIN_STEM) {
                return w.substring(0, w.length() - e.length());
            }
        }
        return w;
    }
}
