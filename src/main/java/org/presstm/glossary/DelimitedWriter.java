package org.presstm.glossary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.presstm.lang.Language;

/**
 * Writes a term base as CSV or TSV in the layout {@link DelimitedReader} reads: a header
 * {@code id,az,en,ru,status,pos,note,definition,subject,source}, one row per concept and, for terms of
 * another status or part of speech (a deprecated variant), further rows with the same id.
 * Description lines go first as {@code #} comments. Stateless and thread-safe.
 */
public final class DelimitedWriter {
    private static final List<String> COLUMNS =
            List.of("id", "az", "en", "ru", "status", "pos", "note", "definition", "subject", "source");

    private DelimitedWriter() {
    }

    public static String write(TermBase base, List<String> description, char separator) {
        StringBuilder sb = new StringBuilder();
        for (String line : description) {
            sb.append("# ").append(line.replace('\n', ' ')).append('\n');
        }
        row(sb, COLUMNS, separator);
        for (Concept c : base.concepts()) {
            boolean first = true;
            for (List<Term> group : groups(c)) {
                for (List<String> cells : rows(c, group, first)) {
                    row(sb, cells, separator);
                    first = false;
                }
            }
        }
        return sb.toString();
    }

    /** Terms grouped by status and part of speech, in their order of appearance. */
    private static List<List<Term>> groups(Concept c) {
        Map<String, List<Term>> groups = new LinkedHashMap<>();
        for (Term t : c.terms()) {
            groups.computeIfAbsent(t.status() + "\u0000" + t.partOfSpeech(), k -> new ArrayList<>()).add(t);
        }
        return List.copyOf(groups.values());
    }

    private static List<List<String>> rows(Concept c, List<Term> group, boolean first) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; ; i++) {
            List<String> cells = new ArrayList<>(List.of(c.id()));
            boolean any = false;
            for (Language lang : Language.values()) {
                List<Term> in = group.stream().filter(t -> t.language() == lang).toList();
                cells.add(i < in.size() ? in.get(i).text() : "");
                any |= i < in.size();
            }
            if (!any) {
                return rows;
            }
            boolean head = first && rows.isEmpty();
            cells.add(group.get(0).status().label());
            cells.add(group.get(0).partOfSpeech());
            cells.addAll(head ? List.of(c.note(), c.definition(), c.subject(), c.source()) : List.of("", "", "", ""));
            rows.add(cells);
        }
    }

    private static void row(StringBuilder sb, List<String> cells, char separator) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(separator);
            }
            sb.append(separator == '\t' ? cells.get(i).replaceAll("[\t\r\n]", " ") : quote(cells.get(i), separator));
        }
        sb.append('\n');
    }

    private static String quote(String cell, char separator) {
        if (cell.indexOf(separator) < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0
                && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
