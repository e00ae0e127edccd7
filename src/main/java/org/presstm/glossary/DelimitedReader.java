package org.presstm.glossary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.presstm.InvalidInputException;
import org.presstm.io.TextFiles;
import org.presstm.lang.Language;

/**
 * Reads term bases from CSV (RFC 4180: comma, double quotes, "" inside quotes, line breaks inside quotes)
 * or TSV (tab, no quoting). The first line that is not a {@code #} comment is the header: {@code id}, one
 * column per language ({@code az}, {@code en}, {@code ru}), and optionally {@code status}, {@code pos},
 * {@code note}, {@code definition}, {@code subject}, {@code source}. Consecutive rows with the same id are one
 * concept (extra terms, e.g. a deprecated variant on its own row with {@code status=deprecated}); status and
 * pos apply to the terms of their row, the concept fields are taken from the first row that has them.
 * Unlike Okapi's two-column CSVReader, a header is required and every column is kept.
 * Not thread-safe; one per file.
 */
public final class DelimitedReader {
    static final List<String> FIELDS = List.of("id", "status", "pos", "note", "definition", "subject", "source");

    private final Path file;
    private final char separator;
    private final Map<String, Integer> fieldColumn = new HashMap<>();
    private final Map<Language, Integer> languageColumn = new LinkedHashMap<>();

    private DelimitedReader(Path file, char separator) {
        this.file = file;
        this.separator = separator;
    }

    public static List<Concept> read(Path file, char separator) {
        return read(file, TextFiles.readUtf8(file), separator);
    }

    /** @param file named in messages only */
    public static List<Concept> read(Path file, String text, char separator) {
        return new DelimitedReader(file, separator).concepts(DelimitedLines.split(file, text, separator));
    }

    private List<Concept> concepts(List<DelimitedLines.Row> rows) {
        List<Concept> out = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        ConceptRows current = null;
        boolean header = true;
        for (DelimitedLines.Row row : rows) {
            if (row.isBlank() || row.cells().get(0).startsWith("#")) {
                continue;
            }
            if (header) {
                header(row);
                header = false;
                continue;
            }
            if (row.cells().size() != headerSize()) {
                throw new InvalidInputException(file, row.line(), row.cells().size() + " columns where the header has "
                        + headerSize());
            }
            String id = cell(row, "id");
            if (id.isEmpty()) {
                throw new InvalidInputException(file, row.line(), "row without a concept id");
            }
            if (current == null || !current.id.equals(id)) {
                if (current != null) {
                    out.add(current.build(file));
                }
                Integer seen = firstLine.putIfAbsent(id, row.line());
                if (seen != null) {
                    throw new InvalidInputException(file, row.line(), "duplicate concept id '" + id
                            + "' (first at line " + seen + ")");
                }
                current = new ConceptRows(id, row.line());
            }
            addRow(current, row);
        }
        if (header) {
            throw new InvalidInputException(file, 0, "no header line (id,az,en,ru,...)");
        }
        if (current != null) {
            out.add(current.build(file));
        }
        return List.copyOf(out);
    }

    private void header(DelimitedLines.Row row) {
        List<String> cells = row.cells();
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i).strip().toLowerCase(java.util.Locale.ROOT);
            if (FIELDS.contains(name)) {
                fieldColumn.put(name, i);
            } else if (name.matches("[a-z]{2,3}([-_][a-z0-9]+)*")) {
                Language lang = Language.fromTag(name).orElseThrow(() -> new InvalidInputException(file, row.line(),
                        "column for unknown language '" + name + "' (presstm knows az, en, ru)"));
                languageColumn.put(lang, i);
            } else {
                throw new InvalidInputException(file, row.line(), "unknown column '" + cells.get(i)
                        + "' (expected id, az, en, ru, status, pos, note, definition, subject, source)");
            }
        }
        if (!fieldColumn.containsKey("id") || languageColumn.isEmpty()) {
            throw new InvalidInputException(file, row.line(), "the header needs an id column and a language column");
        }
    }

    private int headerSize() {
        return fieldColumn.size() + languageColumn.size();
    }

    private void addRow(ConceptRows c, DelimitedLines.Row row) {
        TermStatus status;
        try {
            status = TermStatus.parse(cell(row, "status"));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(file, row.line(), e.getMessage());
        }
        for (Map.Entry<Language, Integer> e : languageColumn.entrySet()) {
            String text = row.cells().get(e.getValue()).strip();
            if (!text.isEmpty()) {
                c.terms.add(new Term(text, e.getKey(), status, cell(row, "pos"), ""));
            }
        }
        c.note = c.note.isEmpty() ? cell(row, "note") : c.note;
        c.definition = c.definition.isEmpty() ? cell(row, "definition") : c.definition;
        c.subject = c.subject.isEmpty() ? cell(row, "subject") : c.subject;
        c.source = c.source.isEmpty() ? cell(row, "source") : c.source;
    }

    private String cell(DelimitedLines.Row row, String field) {
        Integer i = fieldColumn.get(field);
        return i == null ? "" : row.cells().get(i).strip();
    }

    /** The rows of one concept while they are read. */
    private static final class ConceptRows {
        final String id;
        final int line;
        final List<Term> terms = new ArrayList<>();
        String note = "";
        String definition = "";
        String subject = "";
        String source = "";

        ConceptRows(String id, int line) {
            this.id = id;
            this.line = line;
        }

        Concept build(Path file) {
            try {
                return new Concept(id, subject, definition, note, source, terms);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(file, line, e.getMessage());
            }
        }
    }
}
