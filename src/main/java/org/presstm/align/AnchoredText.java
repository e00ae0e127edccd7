package org.presstm.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A text with the anchors of each of its sentences ({@link AnchorExtractor}) and its layout
 * ({@link TextLayout}), worked out once and shared by the pairs the text takes part in. Immutable.
 */
public final class AnchoredText {
    private final AlignText text;
    private final List<List<String>> anchors;
    private final List<List<String>> names;
    private final TextLayout layout;

    /**
     * @param text    the text
     * @param anchors per sentence, the anchors in text order (repeats allowed)
     * @param names   per sentence, those of its anchors that a translation keeps: numbers, acronyms, names
     */
    public AnchoredText(AlignText text, List<List<String>> anchors, List<List<String>> names) {
        this(text, anchors, names, TextLayout.of(Objects.requireNonNull(text, "text")));
    }

    private AnchoredText(AlignText text, List<List<String>> anchors, List<List<String>> names, TextLayout layout) {
        this.text = text;
        this.anchors = anchors.stream().map(List::copyOf).toList();
        this.names = names.stream().map(List::copyOf).toList();
        this.layout = layout;
        if (this.anchors.size() != text.size() || this.names.size() != text.size()) {
            throw new IllegalArgumentException(anchors.size() + " anchor lists and " + names.size()
                    + " name lists for " + text.size() + " sentences");
        }
    }

    public AlignText text() {
        return text;
    }

    /** Per sentence, the anchors in text order (repeats allowed). */
    public List<List<String>> anchors() {
        return anchors;
    }

    /** Per sentence, those of its anchors that a translation keeps: numbers, acronyms, names. */
    public List<List<String>> names() {
        return names;
    }

    TextLayout layout() {
        return layout;
    }

    /** This text with more anchors added to some sentences (used by the three-way join). */
    public AnchoredText plus(List<List<String>> extra) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < anchors.size(); i++) {
            List<String> a = new ArrayList<>(anchors.get(i));
            a.addAll(extra.get(i));
            out.add(a);
        }
        return new AnchoredText(text, out, names, layout);
    }
}
