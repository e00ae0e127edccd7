package org.presstm.qa;

import java.io.PrintWriter;

/** The forms a report is written in; {@code --format} takes their names. */
public enum ReportFormat {
    /** A summary table by check and severity, then each finding with its texts, offending parts in ⟦ ⟧. */
    TEXT,
    /** One object: the summary and one record per finding, with stable field names. */
    JSON,
    /** One row per finding, with a header of stable field names (RFC 4180). */
    CSV,
    /** One self-contained page: chart, filters, texts side by side with highlights; no network. */
    HTML;

    public void write(Report report, PrintWriter out) {
        switch (this) {
            case TEXT -> TextReport.write(report, out);
            case JSON -> JsonReport.write(report, out);
            case CSV -> CsvReport.write(report, out);
            case HTML -> HtmlReport.write(report, out);
        }
        out.flush();
    }
}
