package org.presstm.tm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class RowInsertTest {
    private static final List<String> COLUMNS = List.of("id", "name", "note", "count");

    /** Each column's value and storage class, row by row. */
    private static List<String> rows(Connection c, String table) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, typeof(id), name, typeof(name), note, typeof(note),"
                        + " count, typeof(count) FROM " + table + " ORDER BY id")) {
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= 8; i++) {
                    row.append(rs.getString(i)).append('|');
                }
                out.add(row.toString());
            }
        }
        return out;
    }

    @Test
    void storesWhatBindingEveryValueStoresWhicheverValuesAreEmpty() throws Exception {
        Object[][] values = {{1L, "a", "b", 3}, {2L, null, "", 0}, {3L, "", null, 0}, {4L, null, null, 7},
            {5L, "x", "", 0}, {6L, null, "", 0}};
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            try (Statement s = c.createStatement()) {
                for (String table : List.of("bound", "shaped")) {
                    s.execute("CREATE TABLE " + table + " (id INTEGER PRIMARY KEY, name TEXT, note TEXT,"
                            + " count INTEGER NOT NULL DEFAULT 5)");
                }
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO bound VALUES (?, ?, ?, ?)");
                    RowInsert shaped = new RowInsert(c, "shaped", COLUMNS, "")) {
                for (Object[] row : values) {
                    for (int i = 0; i < row.length; i++) {
                        p.setObject(i + 1, row[i]);
                    }
                    p.executeUpdate();
                    assertEquals(1, shaped.insert(row));
                }
            }
            assertEquals(rows(c, "bound"), rows(c, "shaped"));
        }
    }

    @Test
    void aConflictClauseAfterTheValuesApplies() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT UNIQUE, note TEXT, count INTEGER)");
            }
            try (RowInsert insert = new RowInsert(c, "t", COLUMNS, " ON CONFLICT(name) DO NOTHING")) {
                assertEquals(1, insert.insert(1L, "same", null, 0));
                assertEquals(0, insert.insert(2L, "same", "", 1), "a conflict inserts nothing");
            }
        }
    }
}
