package org.presstm.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.presstm.lang.Language;

class ReportWritersTest {
    static Report sample() {
        ParallelSegment s = ParallelSegment.of("rel-1", "az2", Origin.RELEASE, Language.AZ,
                "Ticarət 18,4 mln. dollar olub, \"artım\" var.", Map.of(Language.EN, "Trade reached USD 18.5 million, a \"growth\", <b>."));
        ParallelSegment t = ParallelSegment.of("rel-2", "az1", Origin.RELEASE, Language.AZ,
                "Görüşdə deputatlar iştirak ediblər.", Map.of(Language.EN, "MPs  attended the meeting."));
        List<Check> checks = Checks.create(CheckContext.EMPTY);
        return new CheckRunner(checks).run("test release", SegmentSource.of(List.of(s, t)));
    }

    static String write(ReportFormat format, Report r) {
        StringWriter sw = new StringWriter();
        format.write(r, new PrintWriter(sw));
        return sw.toString();
    }

    @Test
    void textReportHasTheSummaryTableAndMarksTheOffendingPart() {
        String text = write(ReportFormat.TEXT, sample());
        assertTrue(text.contains("numbers.missing"), text);
        assertTrue(text.contains("az  Ticarət ⟦18,4⟧ mln."), text);
        assertTrue(text.contains("en  Trade reached USD ⟦18.5⟧ million"), text);
        assertTrue(text.contains("== rel-2 =="), text);
        assertTrue(text.contains("→   the en translation lacks 18.4"), text);
    }

    @Test
    void jsonReportHasStableFieldsAndEscapes() {
        Report r = sample();
        String json = write(ReportFormat.JSON, r);
        for (String field : List.of("\"title\"", "\"segments\": 2", "\"summary\"", "\"checks\"", "\"findings\"",
                "\"check\": \"numbers.missing\"", "\"targetLanguage\": \"en\"", "\"marks\": [{\"language\": \"az\"",
                "\"text\": \"18,4\"", "\\\"growth\\\"")) {
            assertTrue(json.contains(field), field + " in " + json);
        }
    }

    @Test
    void csvReportHasOneRowPerFindingWithAStableHeader() {
        Report r = sample();
        String csv = write(ReportFormat.CSV, r);
        String[] lines = csv.split("\r\n");
        assertEquals("check,severity,document,segment,source_language,target_language,source,target,marked,message",
                lines[0]);
        assertEquals(r.findings().size() + 1, lines.length);
        assertTrue(csv.contains("\"Trade reached USD 18.5 million, a \"\"growth\"\", <b>.\""), csv);
        assertEquals("'=1+1", CsvReport.cell("=1+1"));
    }

    @Test
    void htmlReportIsSelfContainedAndEscapesTheTexts() {
        String html = write(ReportFormat.HTML, sample());
        assertTrue(html.contains("<mark>18,4</mark>"), html);
        assertTrue(html.contains("&lt;b&gt;"), html);
        assertFalse(html.contains("<b>."));
        assertFalse(html.contains("http://") && html.replace("http://www.w3.org/2000/svg", "").contains("http://"));
        assertFalse(html.contains("https://"));
        assertFalse(html.contains("src="));
        assertTrue(html.contains("data-check=\"numbers.missing\""));
    }

    @Test
    void failOnComparesSeverities() {
        Report r = sample();
        assertTrue(r.hasFindingsAtLeast(Severity.ERROR));
        assertTrue(Severity.ERROR.atLeast(Severity.WARNING));
        assertFalse(Severity.INFO.atLeast(Severity.WARNING));
    }
}
