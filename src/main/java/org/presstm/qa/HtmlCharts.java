package org.presstm.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.presstm.xml.XmlText;

/**
 * The two charts of the HTML report as inline SVG (no script, no library): horizontal bars of findings by
 * check, coloured by severity, and stacked bars of findings by release, one colour per severity.
 */
final class HtmlCharts {
    private static final int LABEL = 220;
    private static final int BAR = 320;
    private static final int ROW = 22;

    private HtmlCharts() {
    }

    static String byCheck(Report r) {
        List<Report.CheckSummary> rows = r.checks().stream().filter(c -> c.findings() > 0).toList();
        long max = rows.stream().mapToLong(Report.CheckSummary::findings).max().orElse(1);
        StringBuilder sb = open("Findings by check", rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Report.CheckSummary c = rows.get(i);
            int y = 26 + i * ROW;
            sb.append(label(y, c.id()));
            sb.append(rect(LABEL, y, width(c.findings(), max), c.severity(), c.id() + ": " + c.findings()));
            sb.append(count(LABEL + width(c.findings(), max) + 6, y, c.findings()));
        }
        return close(sb, rows.isEmpty());
    }

    static String byDocument(Report r) {
        List<String> docs = new ArrayList<>(r.documents());
        long max = 1;
        for (String d : docs) {
            max = Math.max(max, r.findingsOf(d).size());
        }
        StringBuilder sb = open("Findings by release", docs.size());
        for (int i = 0; i < docs.size(); i++) {
            String d = docs.get(i);
            int y = 26 + i * ROW;
            sb.append(label(y, d));
            int x = LABEL;
            List<Finding> of = r.findingsOf(d);
            for (Severity s : Severity.values()) {
                long n = of.stream().filter(f -> f.severity() == s).count();
                if (n > 0) {
                    int w = width(n, max);
                    sb.append(rect(x, y, w, s, d + ": " + n + " " + s.label()));
                    x += w;
                }
            }
            sb.append(count(x + 6, y, of.size()));
        }
        return close(sb, docs.isEmpty());
    }

    private static StringBuilder open(String title, int rows) {
        int height = 34 + Math.max(1, rows) * ROW;
        return new StringBuilder("<figure class=\"chart\"><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" "
                + "width=\"" + (LABEL + BAR + 60) + "\" height=\"" + height + "\" aria-label=\"" + title + "\">"
                + "<text x=\"0\" y=\"14\" class=\"title\">" + title + "</text>");
    }

    private static String close(StringBuilder sb, boolean empty) {
        if (empty) {
            sb.append("<text x=\"0\" y=\"40\">none</text>");
        }
        return sb.append("</svg></figure>").toString();
    }

    private static int width(long n, long max) {
        return (int) Math.max(2, Math.round(BAR * (double) n / max));
    }

    private static String label(int y, String text) {
        String shown = text.length() > 30 ? text.substring(0, 29) + "…" : text;
        return "<text x=\"" + (LABEL - 6) + "\" y=\"" + (y + 13) + "\" text-anchor=\"end\">" + XmlText.escape(shown)
                + "</text>";
    }

    private static String rect(int x, int y, int w, Severity s, String tip) {
        return String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"16\" class=\"%s\">"
                + "<title>%s</title></rect>", x, y, w, s.label(), XmlText.escape(tip));
    }

    private static String count(int x, int y, long n) {
        return "<text x=\"" + x + "\" y=\"" + (y + 13) + "\">" + n + "</text>";
    }
}
