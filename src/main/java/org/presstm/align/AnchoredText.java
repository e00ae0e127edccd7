package org.presstm.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A text with the anchors of each of its sentences ({@link AnchorExtractor}), extracted once and shared by
 * the pairs the text takes part in.
 *
 * @param text    the text
 * @param anchors per sentence, the anchors in text order (repeats allowed)
 */
public record AnchoredText(AlignText text, List<List<String>> anchors) {
    public AnchoredText {
        Objects.requireNonNull(text, "text");
        anchors = anchors.stream().map(List::copyOf).toList();
        if (anchors.size() != text.size()) {
            throw new IllegalArgumentException(anchors.size() + " anchor lists for " + text.size() + " sentences");
        }
    }

    /** This text with more anchors added to some sentences (used by the three-way join). */
    public AnchoredText plus(List<List<String>> extra) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < anchors.size(); i++) {
            List<String> a = new ArrayList<>(anchors.get(i));
            a.addAll(extra.get(i));
            out.add(a);
        }
        return new AnchoredText(text, out);
    }
}
