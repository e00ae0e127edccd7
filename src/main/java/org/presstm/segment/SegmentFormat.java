package org.presstm.segment;

import java.io.PrintWriter;
import java.util.List;

import org.presstm.io.Json;

/**
 * The output forms of {@code presstm segment}. Text: one segment a line, a blank line between paragraphs
 * (evaluation tools read exactly this). JSON: an array with one object per input, each segment with its
 * character offsets in the input (UTF-16 units, BOM excluded), paragraph index and language.
 */
public enum SegmentFormat {
    TEXT {
        @Override
        public void write(List<SegmentedText> texts, PrintWriter out) {
            boolean first = true;
            for (SegmentedText t : texts) {
                int paragraph = -1;
                for (Segment s : t.segments()) {
                    if (!first && (paragraph < 0 || s.paragraph() != paragraph)) {
                        out.print('\n');
                    }
                    out.print(oneLine(s.text()));
                    out.print('\n');
                    paragraph = s.paragraph();
                    first = false;
                }
            }
        }
    },
    JSON {
        @Override
        public void write(List<SegmentedText> texts, PrintWriter out) {
            out.print("[");
            for (int i = 0; i < texts.size(); i++) {
                SegmentedText t = texts.get(i);
                out.print(i == 0 ? "\n" : ",\n");
                out.print("  {\"source\": " + Json.quote(t.source()) + ", \"language\": "
                        + Json.quote(t.language().code()) + ", \"detected\": "
                        + (t.detected() == null ? "null" : Json.quote(t.detected().code()))
                        + ", \"paragraphs\": " + t.paragraphCount() + ", \"segments\": [");
                for (int j = 0; j < t.segments().size(); j++) {
                    Segment s = t.segments().get(j);
                    out.print((j == 0 ? "\n" : ",\n") + "    {\"text\": " + Json.quote(s.text()) + ", \"start\": "
                            + s.start() + ", \"end\": " + s.end() + ", \"paragraph\": " + s.paragraph()
                            + ", \"language\": " + Json.quote(s.language().code()) + "}");
                }
                out.print(t.segments().isEmpty() ? "]}" : "\n  ]}");
            }
            out.print(texts.isEmpty() ? "]\n" : "\n]\n");
        }
    };

    public abstract void write(List<SegmentedText> texts, PrintWriter out);

    /** A segment with its soft line wraps as spaces, for the one-segment-a-line form. */
    static String oneLine(String text) {
        if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }
}
