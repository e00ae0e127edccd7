package org.presstm.segment;

import java.util.List;

import org.presstm.lang.Language;

/**
 * Splits a text of one language into segments: paragraphs first, then sentences inside each paragraph.
 * Every non-white-space character of the text belongs to exactly one segment, in order, so joining the
 * segments with the white space between them gives back the text.
 */
public interface Segmenter {
    Language language();

    List<Segment> segment(String text);
}
