package org.presstm.glossary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.presstm.InvalidInputException;

/**
 * Splits CSV or TSV text into rows of cells, remembering each row's first line. CSV follows RFC 4180
 * (quotes, doubled quotes, line breaks inside quotes); TSV has no quoting. Stateless and thread-safe.
 */
final class DelimitedLines {
    private DelimitedLines() {
    }

    /** A row of cells and the 1-based line it starts on. */
    record Row(int line, List<String> cells) {
        Row {
            cells = List.copyOf(cells);
        }

        boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    static List<Row> split(Path file, String text, char separator) {
        return separator == '\t' ? tsv(text) : csv(file, text, separator);
    }

    private static List<Row> tsv(String text) {
        List<Row> rows = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            rows.add(new Row(i + 1, List.of(lines[i].split("\t", -1))));
        }
        return rows;
    }

    private static List<Row> csv(Path file, String text, char separator) {
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int rowLine = 1;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                quoted = true;
                cell.setLength(0);
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                rows.add(new Row(rowLine, cells));
                cells = new ArrayList<>();
                line++;
                rowLine = line;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new InvalidInputException(file, rowLine, "a quoted field is not closed");
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            rows.add(new Row(rowLine, cells));
        }
        return rows;
    }
}
