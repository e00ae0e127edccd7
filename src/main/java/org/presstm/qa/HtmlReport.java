package org.presstm.qa;

import java.io.PrintWriter;
import java.util.Locale;

import org.presstm.lang.Language;
import org.presstm.xml.XmlText;

/**
 * The HTML report: one self-contained file that opens from disk with no network (styles and script inline, a
 * Content-Security-Policy that allows nothing else). It shows the summary, two charts ({@link HtmlCharts}:
 * findings by check and by release), filters by check, severity and release, and each finding with its source
 * and targets side by side, the offending parts in {@code <mark>}. The filters also read and write the URL
 * fragment ({@code #check=numbers.missing&severity=error,warning&document=...}), so a filtered view can be
 * linked. The script records its own errors in {@code body[data-errors]} and sets {@code body[data-ready]}
 * when done, for tests in a headless browser.
 */
final class HtmlReport {
    private HtmlReport() {
    }

    static void write(Report r, PrintWriter out) {
        out.println("<!DOCTYPE html>");
        out.println("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        out.println("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">");
        out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        out.println("<title>presstm check: " + XmlText.escape(r.title()) + "</title>");
        out.println("<style>" + HtmlAssets.CSS + "</style></head>");
        out.println("<body data-ready=\"no\">");
        out.println("<header><h1>presstm check</h1><p>" + XmlText.escape(r.title()) + "</p><p>"
                + String.format(Locale.ROOT, "%,d segments in %d document%s; <b>%d</b> findings: "
                        + "<span class=\"error\">%d errors</span>, <span class=\"warning\">%d warnings</span>, "
                        + "<span class=\"info\">%d info</span>", r.segments(), r.documents().size(),
                        r.documents().size() == 1 ? "" : "s", r.findings().size(), r.count(Severity.ERROR),
                        r.count(Severity.WARNING), r.count(Severity.INFO)) + "</p></header>");
        out.println("<section id=\"charts\">" + HtmlCharts.byCheck(r) + HtmlCharts.byDocument(r) + "</section>");
        filters(r, out);
        summary(r, out);
        out.println("<section id=\"findings\">");
        for (int i = 0; i < r.findings().size(); i++) {
            finding(r.findings().get(i), i, out);
        }
        out.println("</section>");
        out.println("<p id=\"none\" hidden>No finding matches the filters.</p>");
        out.println("<script>" + HtmlAssets.SCRIPT + "</script>");
        out.println("</body></html>");
    }

    private static void filters(Report r, PrintWriter out) {
        out.println("<section id=\"filters\"><label>Check <select id=\"f-check\"><option value=\"\">all checks</option>");
        String category = null;
        for (Report.CheckSummary c : r.checks()) {
            String cat = c.id().contains(".") ? c.id().substring(0, c.id().indexOf('.')) : c.id();
            if (!cat.equals(category) && c.id().contains(".")) {
                category = cat;
                out.println("<option value=\"" + XmlText.escape(cat) + "\">" + XmlText.escape(cat) + " (all)</option>");
            }
            out.println("<option value=\"" + XmlText.escape(c.id()) + "\">" + XmlText.escape(c.id()) + " (" + c.findings() + ")</option>");
        }
        out.println("</select></label>");
        for (Severity s : Severity.values()) {
            out.println("<label class=\"" + s.label() + "\"><input type=\"checkbox\" class=\"f-severity\" value=\""
                    + s.label() + "\" checked> " + s.label() + "</label>");
        }
        out.println("<label>Release <select id=\"f-document\"><option value=\"\">all releases</option>");
        for (String d : r.documents()) {
            out.println("<option value=\"" + XmlText.escape(d) + "\">" + XmlText.escape(d) + "</option>");
        }
        out.println("</select></label> <span id=\"shown\">" + r.findings().size() + " of " + r.findings().size()
                + " findings shown</span></section>");
    }

    private static void summary(Report r, PrintWriter out) {
        out.println("<details id=\"summary\"><summary>Checks that ran</summary><table><thead><tr><th>check</th>"
                + "<th>severity</th><th>what it looks for</th><th>findings</th></tr></thead><tbody>");
        for (Report.CheckSummary c : r.checks()) {
            out.println("<tr><td><code>" + XmlText.escape(c.id()) + "</code></td><td class=\"" + c.severity().label() + "\">"
                    + c.severity().label() + "</td><td>" + XmlText.escape(c.title()) + "</td><td class=\"n\">" + c.findings()
                    + "</td></tr>");
        }
        out.println("</tbody></table></details>");
    }

    private static void finding(Finding f, int index, PrintWriter out) {
        String category = f.check().contains(".") ? f.check().substring(0, f.check().indexOf('.')) : f.check();
        out.println("<article class=\"finding " + f.severity().label() + "\" id=\"f" + index + "\" data-check=\""
                + XmlText.escape(f.check()) + "\" data-category=\"" + XmlText.escape(category) + "\" data-severity=\""
                + f.severity().label() + "\" data-document=\"" + XmlText.escape(f.document()) + "\">");
        out.println("<h2><span class=\"sev\">" + f.severity().label() + "</span> <code>" + XmlText.escape(f.check())
                + "</code> <span class=\"where\">" + XmlText.escape(f.document()) + " · " + XmlText.escape(f.segment())
                + (f.language() != f.sourceLanguage() ? " · " + f.language() : "") + "</span></h2>");
        out.println("<p class=\"msg\">" + XmlText.escape(f.message()) + "</p><div class=\"texts\">");
        text(f, f.sourceLanguage(), "source", out);
        for (Language l : f.targets().keySet()) {
            text(f, l, l == f.language() ? "target concerned" : "target", out);
        }
        if (f.language() != f.sourceLanguage() && !f.targets().containsKey(f.language())) {
            out.println("<div class=\"text missing\"><div class=\"lang\">" + f.language() + " · none</div><div></div></div>");
        }
        out.println("</div></article>");
    }

    private static void text(Finding f, Language l, String role, PrintWriter out) {
        StringBuilder sb = new StringBuilder();
        for (Marked p : Marked.pieces(f, l)) {
            sb.append(p.marked() ? "<mark>" + XmlText.escape(p.text()) + "</mark>" : XmlText.escape(p.text()));
        }
        out.println("<div class=\"text\"><div class=\"lang\">" + l + " · " + role + "</div><div lang=\"" + l.code()
                + "\">" + sb + "</div></div>");
    }
}
