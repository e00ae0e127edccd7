package org.presstm.xliff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.presstm.tm.TaggedText;

/**
 * One translatable unit of a release (a paragraph, a heading, a table cell): its coded text and where its
 * sentences stand in it. Becomes one XLIFF {@code trans-unit} (1.2) or {@code unit} (2.0), its sentences
 * the segments. Between and around the segments there is only what the text had there (spaces, codes).
 *
 * @param id    unique in the release; the same every time the release is read
 * @param text  the whole unit, inline codes included
 * @param spans the segments, in order, not overlapping, at least one
 */
public record SourceUnit(String id, TaggedText text, List<Span> spans) {
    public SourceUnit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        spans = List.copyOf(spans);
        if (spans.isEmpty()) {
            throw new IllegalArgumentException("unit " + id + " has no segment");
        }
        int previous = 0;
        for (Span s : spans) {
            if (s.start() < previous || s.end() > text.coded().length()) {
                throw new IllegalArgumentException("unit " + id + ": segment " + s + " overlaps or lies outside");
            }
            previous = s.end();
        }
    }

    /** The segment ids, "1", "2", ...: XLIFF 1.2 {@code mid}, XLIFF 2.0 segment id suffix. */
    public static String segmentId(int index) {
        return String.valueOf(index + 1);
    }

    public List<SourceSegment> segments() {
        List<SourceSegment> out = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            out.add(new SourceSegment(id, segmentId(i), CodedText.slice(text, spans.get(i).start(),
                    spans.get(i).end())));
        }
        return out;
    }

    /** What lies before segment {@code index} (after the previous one); {@code index == size} gives the tail. */
    TaggedText gap(int index) {
        int from = index == 0 ? 0 : spans.get(index - 1).end();
        int to = index == spans.size() ? text.coded().length() : spans.get(index).start();
        return CodedText.slice(text, from, to);
    }
}
