package org.presstm.qa;

import java.util.ArrayList;
import java.util.List;

import org.presstm.lang.Language;
import org.presstm.lang.NumberReader;
import org.presstm.lang.Quantity;

/**
 * The segments of one release, in order, for checks that must look past one segment: a free translation moves
 * a date into a sentence of its own, an agency puts it in its date line, and an aligner may pair a sentence
 * one segment off. Immutable.
 */
final class ReleaseDocument {
    private final List<ParallelSegment> segments;

    ReleaseDocument(List<ParallelSegment> segments) {
        this.segments = List.copyOf(segments);
    }

    List<ParallelSegment> segments() {
        return segments;
    }

    /**
     * The quantities of {@code language}'s text that no comparison with {@code partner} sees: in its frame
     * (date lines, bylines, source lines, and the date line or attribution inside a sentence) and in
     * segments where {@code partner} has no text (a sentence one version added or dropped).
     */
    List<Quantity> loose(Language language, Language partner) {
        List<Quantity> out = new ArrayList<>();
        NumberReader reader = NumberReader.of(language);
        for (ParallelSegment s : segments) {
            String text = s.text(language);
            if (text.isBlank()) {
                continue;
            }
            List<Quantity> all = reader.read(text);
            if (s.isFrame(language) || s.text(partner).isBlank()) {
                out.addAll(all);
                continue;
            }
            List<int[]> spans = ReleaseFrame.prefix(text, language);
            for (Quantity q : all) {
                if (ReleaseFrame.inside(spans, q.start(), q.end())) {
                    out.add(q);
                }
            }
        }
        return out;
    }

    /** Every quantity of {@code language}'s text in the release. */
    List<Quantity> all(Language language) {
        List<Quantity> out = new ArrayList<>();
        for (ParallelSegment s : segments) {
            out.addAll(NumberReader.of(language).read(s.text(language)));
        }
        return out;
    }

    /** Whether {@code language}'s version dates itself in its frame (a date line, or one opening a sentence). */
    boolean hasFrameDate(Language language) {
        NumberReader reader = NumberReader.of(language);
        for (ParallelSegment s : segments) {
            String text = s.text(language);
            List<int[]> prefix = s.isFrame(language) ? List.of(new int[] {0, text.length()})
                    : ReleaseFrame.prefix(text, language);
            for (Quantity q : reader.read(text)) {
                if (q.kind() == Quantity.Kind.DATE && ReleaseFrame.inside(prefix, q.start(), q.end())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The text of {@code language} in the segments next to segment {@code index} (not in it), joined. */
    String around(int index, Language language) {
        StringBuilder sb = new StringBuilder();
        for (int i = Math.max(0, index - 1); i <= Math.min(segments.size() - 1, index + 1); i++) {
            if (i != index) {
                sb.append(segments.get(i).text(language)).append('\n');
            }
        }
        return sb.toString();
    }
}
