package org.presstm.qa;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.presstm.io.Json;
import org.presstm.lang.Language;

/**
 * The JSON report. Field names are stable (scripts rely on them): {@code title, segments, documents,
 * sourceLanguage, targetLanguages, summary{error, warning, info, total}, checks[{id, severity, title,
 * findings}], findings[{check, severity, document, segment, sourceLanguage, targetLanguage, source, target,
 * targets{lang: text}, message, marks[{language, start, end, text}]}]}}. {@code targetLanguage} is null for a
 * finding about the segment as a whole; offsets count UTF-16 units of the plain text.
 */
final class JsonReport {
    private JsonReport() {
    }

    static void write(Report r, PrintWriter out) {
        out.println("{");
        out.println("  \"title\": " + Json.quote(r.title()) + ",");
        out.println("  \"segments\": " + r.segments() + ",");
        out.println("  \"documents\": " + strings(r.documents()) + ",");
        out.println("  \"sourceLanguage\": " + Json.quote(r.sourceLanguage().code()) + ",");
        out.println("  \"targetLanguages\": " + strings(r.languages().stream().map(Language::code).toList()) + ",");
        out.printf("  \"summary\": {\"error\": %d, \"warning\": %d, \"info\": %d, \"total\": %d},%n",
                r.count(Severity.ERROR), r.count(Severity.WARNING), r.count(Severity.INFO), r.findings().size());
        out.println("  \"checks\": [");
        for (int i = 0; i < r.checks().size(); i++) {
            Report.CheckSummary c = r.checks().get(i);
            out.printf("    {\"id\": %s, \"severity\": %s, \"title\": %s, \"findings\": %d}%s%n", Json.quote(c.id()),
                    Json.quote(c.severity().label()), Json.quote(c.title()), c.findings(),
                    i + 1 < r.checks().size() ? "," : "");
        }
        out.println("  ],");
        out.println("  \"findings\": [");
        for (int i = 0; i < r.findings().size(); i++) {
            out.print("    " + finding(r.findings().get(i)));
            out.println(i + 1 < r.findings().size() ? "," : "");
        }
        out.println("  ]");
        out.println("}");
    }

    static String finding(Finding f) {
        boolean aboutTarget = f.language() != f.sourceLanguage();
        return "{\"check\": " + Json.quote(f.check())
                + ", \"severity\": " + Json.quote(f.severity().label())
                + ", \"document\": " + Json.quote(f.document())
                + ", \"segment\": " + Json.quote(f.segment())
                + ", \"sourceLanguage\": " + Json.quote(f.sourceLanguage().code())
                + ", \"targetLanguage\": " + (aboutTarget ? Json.quote(f.language().code()) : "null")
                + ", \"source\": " + Json.quote(f.source())
                + ", \"target\": " + Json.quote(f.target())
                + ", \"targets\": " + targets(f.targets())
                + ", \"message\": " + Json.quote(f.message())
                + ", \"marks\": [" + f.marks().stream().map(m -> "{\"language\": " + Json.quote(m.language().code())
                        + ", \"start\": " + m.start() + ", \"end\": " + m.end() + ", \"text\": "
                        + Json.quote(f.text(m.language()).substring(m.start(), m.end())) + "}")
                        .collect(Collectors.joining(", ")) + "]}";
    }

    private static String targets(Map<Language, String> targets) {
        return targets.entrySet().stream().map(e -> Json.quote(e.getKey().code()) + ": " + Json.quote(e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String strings(List<String> values) {
        return values.stream().map(Json::quote).collect(Collectors.joining(", ", "[", "]"));
    }
}
