package org.presstm.glossary;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

import org.presstm.io.Json;
import org.presstm.lang.Language;

/**
 * Writes lookup results, scan hits and spelling proposals as text for people or JSON for programs.
 * JSON offsets are UTF-16 offsets into the scanned text, end exclusive. Stateless and thread-safe.
 */
public final class GlossaryOutput {
    private GlossaryOutput() {
    }

    /** Output forms. */
    public enum Format { TEXT, JSON }

    public static void lookup(String query, List<LookupResult> results, Format format, PrintWriter out) {
        if (format == Format.JSON) {
            out.print("{\"query\":" + Json.quote(query) + ",\"entries\":[");
            for (int i = 0; i < results.size(); i++) {
                LookupResult r = results.get(i);
                out.print((i > 0 ? "," : "") + "{\"match\":" + Json.quote(r.how().label()) + ",\"matched\":"
                        + Json.quote(r.matched().text()) + ",\"concept\":" + concept(r.concept()) + "}");
            }
            out.println("]}");
            return;
        }
        if (results.isEmpty()) {
            out.println("no entry for '" + query + "' and none near it");
            return;
        }
        if (results.get(0).how() == LookupResult.How.SUGGESTION) {
            out.println("no entry for '" + query + "'; nearest entries:");
        }
        for (LookupResult r : results) {
            out.println(r.concept().id() + "  (" + r.how().label() + ": " + r.matched().text() + ")");
            entryLines(r.concept(), out);
        }
    }

    public static void scan(String file, Language language, List<TermHit> hits, Format format, PrintWriter out) {
        if (format == Format.JSON) {
            out.print("{\"file\":" + Json.quote(file) + ",\"language\":" + Json.quote(language.code()) + ",\"hits\":[");
            for (int i = 0; i < hits.size(); i++) {
                TermHit h = hits.get(i);
                out.print((i > 0 ? "," : "") + "{\"start\":" + h.start() + ",\"end\":" + h.end() + ",\"form\":"
                        + Json.quote(h.form()) + ",\"concept\":" + Json.quote(h.concept().id()) + ",\"term\":"
                        + Json.quote(h.term().text()) + ",\"status\":" + Json.quote(h.term().status().label())
                        + ",\"translations\":" + translations(h.concept(), language) + "}");
            }
            out.println("]}");
            return;
        }
        for (TermHit h : hits) {
            String flag = h.term().status().usable() ? "" : "  [" + h.term().status().label() + ": use "
                    + h.concept().preferred(language).map(Term::text).orElse("?") + "]";
            String others = List.of(Language.values()).stream().filter(l -> l != language)
                    .map(l -> l.code() + ": " + h.concept().preferred(l).map(Term::text).orElse("-"))
                    .collect(Collectors.joining(" | "));
            out.printf("%d-%d\t%s\t%s\t%s%s%n", h.start(), h.end(), h.form(), h.concept().id(), others, flag);
        }
    }

    public static void proposals(String name, Language from, List<Language> to, Format format, PrintWriter out) {
        Transliterator t = Transliterator.instance();
        if (format == Format.JSON) {
            out.print("{\"name\":" + Json.quote(name) + ",\"from\":" + Json.quote(from.code()));
            for (Language l : to) {
                out.print("," + Json.quote(l.code()) + ":" + array(t.propose(name, from, l)));
            }
            out.println("}");
            return;
        }
        for (Language l : to) {
            List<String> p = t.propose(name, from, l);
            out.println(l.code() + "  " + p.get(0) + (p.size() > 1 ? "   (variants: "
                    + String.join(", ", p.subList(1, p.size())) + ")" : ""));
        }
    }

    private static void entryLines(Concept c, PrintWriter out) {
        for (Language l : Language.values()) {
            List<Term> terms = c.terms(l);
            if (!terms.isEmpty()) {
                out.println("  " + l.code() + "  " + terms.stream().map(t -> t.text() + " (" + t.status().label() + ")")
                        .collect(Collectors.joining("; ")));
            }
        }
        if (!c.definition().isEmpty()) {
            out.println("  definition: " + c.definition());
        }
        if (!c.note().isEmpty()) {
            out.println("  note: " + c.note());
        }
    }

    private static String concept(Concept c) {
        StringBuilder sb = new StringBuilder("{\"id\":" + Json.quote(c.id()) + ",\"terms\":[");
        for (int i = 0; i < c.terms().size(); i++) {
            Term t = c.terms().get(i);
            sb.append(i > 0 ? "," : "").append("{\"lang\":").append(Json.quote(t.language().code()))
                    .append(",\"text\":").append(Json.quote(t.text())).append(",\"status\":")
                    .append(Json.quote(t.status().label())).append('}');
        }
        sb.append("],\"note\":").append(Json.quote(c.note())).append(",\"definition\":")
                .append(Json.quote(c.definition())).append('}');
        return sb.toString();
    }

    private static String translations(Concept c, Language from) {
        return List.of(Language.values()).stream().filter(l -> l != from)
                .map(l -> Json.quote(l.code()) + ":" + array(c.terms(l).stream().filter(t -> t.status().usable())
                        .map(Term::text).toList()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String array(List<String> values) {
        return values.stream().map(Json::quote).collect(Collectors.joining(",", "[", "]"));
    }
}
