package org.presstm.xliff;

import java.util.ArrayList;
import java.util.List;

import org.presstm.segment.Segment;
import org.presstm.segment.Segmenter;
import org.presstm.tm.TaggedText;

/**
 * Sentence boundaries for a text with inline codes: presstm's {@link Segmenter} runs on the plain text,
 * and each sentence is mapped back to the coded text. A code that opens right before a sentence belongs to
 * it, and so does a code that closes right after it, so that "{@code <b>One.</b> <b>Two.</b>}" gives two
 * whole pairs and nothing dangling. Not thread-safe (nor is the segmenter).
 */
final class CodedSegmentation {
    private final Segmenter segmenter;

    CodedSegmentation(Segmenter segmenter) {
        this.segmenter = segmenter;
    }

    List<Span> spans(TaggedText text) {
        CodedText.Plain plain = CodedText.plain(text);
        String coded = text.coded();
        List<Span> spans = new ArrayList<>();
        int previousEnd = 0;
        for (Segment s : segmenter.segment(plain.text())) {
            int start = plain.codedOffset()[s.start()];
            int last = plain.codedOffset()[s.end() - 1];
            int end = last + (TaggedText.isMarker(coded.charAt(last)) ? 2 : 1);
            while (start - 2 >= previousEnd && TaggedText.isMarker(coded.charAt(start - 2))) {
                start -= 2;
            }
            while (end + 1 < coded.length() && coded.charAt(end) == TaggedText.CLOSE) {
                end += 2;
            }
            spans.add(new Span(start, end));
            previousEnd = end;
        }
        return List.copyOf(spans);
    }
}
