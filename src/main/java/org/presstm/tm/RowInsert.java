package org.presstm.tm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An INSERT of one row whose empty values (null, "" or 0) are written into the statement as literals
 * instead of being bound: each bound parameter is a call into SQLite, and most TMX rows leave most
 * columns empty (a variant usually has no dates, props or notes of its own). The literal stores exactly
 * what binding the value would. One prepared statement per shape (which columns are bound, which hold
 * which empty value), made on first use.
 * Values are Long, Integer, String or null. Not thread-safe.
 */
final class RowInsert implements AutoCloseable {
    private final Connection c;
    private final String table;
    private final List<String> columns;
    private final String suffix;
    /** Statements by shape: two bits a column, {@link #BOUND} or the kind of empty value. */
    private final Map<Long, PreparedStatement> byShape = new HashMap<>();
    private static final int BOUND = 0;
    private static final int NULL = 1;
    private static final int EMPTY_TEXT = 2;
    private static final int ZERO = 3;
    private static final String[] LITERAL = {"?", "NULL", "''", "0"};

    /** @param suffix what follows the VALUES list, e.g. an ON CONFLICT clause, or "" */
    RowInsert(Connection c, String table, List<String> columns, String suffix) {
        if (columns.size() > Long.SIZE / 2) {
            throw new IllegalArgumentException("too many columns");
        }
        this.c = c;
        this.table = table;
        this.columns = List.copyOf(columns);
        this.suffix = suffix;
    }

    /** Inserts a row, {@code values} in the order of the columns; returns the number of rows inserted. */
    int insert(Object... values) throws SQLException {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns");
        }
        long shape = 0;
        for (int i = 0; i < values.length; i++) {
            shape |= (long) kind(values[i]) << 2 * i;
        }
        PreparedStatement p = byShape.get(shape);
        if (p == null) {
            p = c.prepareStatement(sql(values));
            byShape.put(shape, p);
        }
        int at = 1;
        for (Object v : values) {
            if (kind(v) != BOUND) {
                continue;
            }
            if (v instanceof Long l) {
                p.setLong(at++, l);
            } else if (v instanceof Integer n) {
                p.setInt(at++, n);
            } else {
                p.setString(at++, (String) v);
            }
        }
        return p.executeUpdate();
    }

    private static int kind(Object v) {
        if (v == null) {
            return NULL;
        }
        if (v instanceof String s) {
            return s.isEmpty() ? EMPTY_TEXT : BOUND;
        }
        if (v instanceof Integer n) {
            return n == 0 ? ZERO : BOUND;
        }
        if (v instanceof Long l) {
            return l == 0 ? ZERO : BOUND;
        }
        throw new IllegalArgumentException("cannot store a " + v.getClass().getSimpleName());
    }

    private String sql(Object[] values) {
        List<String> list = new ArrayList<>();
        for (Object v : values) {
            list.add(LITERAL[kind(v)]);
        }
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + String.join(", ", list)
                + ")" + suffix;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement p : byShape.values()) {
            p.close();
        }
        byShape.clear();
    }
}
