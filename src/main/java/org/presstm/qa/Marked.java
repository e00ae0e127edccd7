package org.presstm.qa;

import java.util.ArrayList;
import java.util.List;

import org.presstm.lang.Language;

/**
 * A text cut into pieces by the marks of a finding that fall in it (overlapping marks merged), for writers
 * that show the offending parts: {@code [plain, marked, plain]}. An empty mark (a place) becomes an empty
 * marked piece.
 */
record Marked(String text, boolean marked) {
    static List<Marked> pieces(Finding f, Language language) {
        String text = f.text(language);
        List<int[]> spans = new ArrayList<>();
        for (Mark m : f.marks()) {
            if (m.language() == language) {
                spans.add(new int[] {m.start(), m.end()});
            }
        }
        spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        List<Marked> out = new ArrayList<>();
        int at = 0;
        for (int[] s : spans) {
            int start = Math.max(s[0], at);
            if (s[1] < at || (s[1] == at && s[0] < at)) {
                continue;
            }
            if (start > at) {
                out.add(new Marked(text.substring(at, start), false));
            }
            out.add(new Marked(text.substring(start, s[1]), true));
            at = s[1];
        }
        if (at < text.length()) {
            out.add(new Marked(text.substring(at), false));
        }
        return out;
    }
}
