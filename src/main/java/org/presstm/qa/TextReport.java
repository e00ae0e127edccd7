package org.presstm.qa;

import java.io.PrintWriter;
import java.util.List;

import org.presstm.lang.Language;

/** The plain-text report: a summary table by check and severity, then each finding with its parts in ⟦ ⟧. */
final class TextReport {
    static final String OPEN = "⟦";
    static final String CLOSE = "⟧";

    private TextReport() {
    }

    static void write(Report r, PrintWriter out) {
        out.printf("presstm check: %s%n", r.title());
        out.printf("%,d segments in %d document%s, %s → %s; %d finding%s: %d error%s, %d warning%s, %d info%n%n",
                r.segments(), r.documents().size(), r.documents().size() == 1 ? "" : "s", r.sourceLanguage(),
                r.languages().isEmpty() ? "-" : join(r.languages()), r.findings().size(), plural(r.findings().size()),
                r.count(Severity.ERROR), plural(r.count(Severity.ERROR)), r.count(Severity.WARNING),
                plural(r.count(Severity.WARNING)), r.count(Severity.INFO));
        out.printf("%-28s %-8s %8s%n", "check", "severity", "findings");
        for (Report.CheckSummary c : r.checks()) {
            out.printf("%-28s %-8s %8d%n", c.id(), c.severity().label(), c.findings());
        }
        out.printf("%-28s %-8s %8d%n", "total", "", r.findings().size());
        String document = null;
        for (Finding f : r.findings()) {
            if (!f.document().equals(document)) {
                document = f.document();
                out.printf("%n== %s ==%n", document);
            }
            finding(f, out);
        }
    }

    private static void finding(Finding f, PrintWriter out) {
        out.printf("%n%-7s %s  %s%s%n", f.severity().label(), f.check(), f.segment(),
                f.language() == f.sourceLanguage() ? "" : "  [" + f.language() + "]");
        line(f, f.sourceLanguage(), out);
        for (Language l : f.targets().keySet()) {
            line(f, l, out);
        }
        if (f.language() != f.sourceLanguage() && !f.targets().containsKey(f.language())) {
            out.printf("  %s  (none)%n", f.language());
        }
        out.printf("  →   %s%n", f.message());
    }

    private static void line(Finding f, Language l, PrintWriter out) {
        StringBuilder sb = new StringBuilder();
        for (Marked p : Marked.pieces(f, l)) {
            sb.append(p.marked() ? OPEN + p.text() + CLOSE : p.text());
        }
        out.printf("  %s  %s%n", l, sb);
    }

    private static String join(List<Language> languages) {
        return String.join(", ", languages.stream().map(Language::code).toList());
    }

    private static String plural(long n) {
        return n == 1 ? "" : "s";
    }
}
