package org.presstm.align;

import java.util.List;

/**
 * What the cost of a bead needs to know of a text besides its anchors, worked out once per text (a text
 * takes part in two pairs and up to two passes of the three-way join): each sentence's length in non-space
 * characters, how many of them are an agency's frame inside the sentence, its paragraph, its role in the
 * release, and whether it names where its news came from. Arrays are not copied: treat as read-only.
 *
 * @param chars      non-space characters per sentence
 * @param frame      of those, the characters of an attribution clause or lead date line
 *                   ({@link ReleaseStructure#attribution}); 0 except in body sentences
 * @param paragraph  the paragraph per sentence (all 0 when unknown)
 * @param roles      the role of each sentence in the release ({@link ReleaseStructure#roles})
 * @param attributed whether each sentence names where its news came from
 */
record TextLayout(int[] chars, int[] frame, int[] paragraph, ReleaseStructure.Role[] roles, boolean[] attributed) {
    static TextLayout of(AlignText text) {
        int n = text.size();
        int[] chars = new int[n];
        int[] frame = new int[n];
        int[] paragraph = new int[n];
        boolean[] attributed = new boolean[n];
        ReleaseStructure.Role[] roles = ReleaseStructure.roles(text);
        List<String> sentences = text.sentences();
        for (int i = 0; i < n; i++) {
            String sentence = sentences.get(i);
            chars[i] = BeadCost.nonSpace(sentence);
            paragraph[i] = text.hasParagraphs() ? text.paragraphs().get(i) : 0;
            ReleaseStructure.Attribution a = ReleaseStructure.attribution(sentence, text.language());
            attributed[i] = a.named();
            frame[i] = roles[i] == ReleaseStructure.Role.BODY ? a.frameChars() : 0;
        }
        return new TextLayout(chars, frame, paragraph, roles, attributed);
    }

    int size() {
        return chars.length;
    }

    /** Whether the text ends on the fragment of a sentence: it was cut short. */
    boolean cut() {
        return roles.length > 0 && roles[roles.length - 1] == ReleaseStructure.Role.FRAGMENT;
    }
}
