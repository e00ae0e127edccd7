package org.presstm.qa;

import java.io.PrintWriter;
import java.util.List;

/**
 * The CSV report (RFC 4180: comma, double quotes, CRLF), one row per finding, for spreadsheets. The columns
 * are stable: {@code check, severity, document, segment, source_language, target_language, source, target,
 * marked, message}; {@code marked} joins the offending parts with " | ".
 */
final class CsvReport {
    static final List<String> COLUMNS = List.of("check", "severity", "document", "segment", "source_language",
            "target_language", "source", "target", "marked", "message");

    private CsvReport() {
    }

    static void write(Report r, PrintWriter out) {
        row(COLUMNS, out);
        for (Finding f : r.findings()) {
            boolean aboutTarget = f.language() != f.sourceLanguage();
            row(List.of(f.check(), f.severity().label(), f.document(), f.segment(), f.sourceLanguage().code(),
                    aboutTarget ? f.language().code() : "", f.source(), f.target(), String.join(" | ", f.markedParts()),
                    f.message()), out);
        }
    }

    private static void row(List<String> cells, PrintWriter out) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(cell(cells.get(i)));
        }
        out.print(sb.append("\r\n"));
    }

    static String cell(String value) {
        // a leading = + - @ would run as a formula in a spreadsheet; a quote-apostrophe keeps it text
        String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
            return v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
