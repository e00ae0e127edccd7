package org.presstm.tm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.presstm.InvalidInputException;

class MemoryFileTest {
    @TempDir
    Path dir;

    @Test
    void memoryFromANewerSchemaIsRefused() throws Exception {
        Path db = dir.resolve("m.db");
        new TmService(db).importTmx(TmxRoundTripTest.fixture("three-languages.tmx"), true, null);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = " + (Schema.CURRENT + 1));
        }
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new TmService(db).stats());
        assertTrue(e.getMessage().contains("newer presstm"), e.getMessage());
    }

    @Test
    void sqliteFileOfAnotherProgramIsRefused() throws Exception {
        Path db = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY)");
        }
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new TmService(db).stats());
        assertTrue(e.getMessage().contains("not a presstm memory"), e.getMessage());
    }

    @Test
    void fileThatIsNotADatabaseIsRefused() throws Exception {
        Path db = dir.resolve("notes.db");
        Files.writeString(db, "these are notes, not a database, and long enough to have a header".repeat(20),
                StandardCharsets.UTF_8);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new TmService(db).stats());
        assertTrue(e.getMessage().contains("not a presstm memory"), e.getMessage());
    }

    @Test
    void missingMemoryIsBadInputForLookups() {
        assertThrows(InvalidInputException.class, () -> new TmService(dir.resolve("none.db")).stats());
    }

    @Test
    void concurrentImportsBothCompleteAndKeepTheMemoryWhole() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int f = 0; f < 2; f++) {
            StringBuilder sb = new StringBuilder(TmxBadInputTest.HEAD);
            for (int i = 0; i < 400; i++) {
                sb.append(TmxBadInputTest.tu("f" + f + "-" + i, "Fayl " + f + " cümlə nömrəsi " + i + ".",
                        "File " + f + " sentence number " + i + "."));
            }
            Path p = dir.resolve("f" + f + ".tmx");
            Files.writeString(p, sb.append(TmxBadInputTest.TAIL).toString(), StandardCharsets.UTF_8);
            files.add(p);
        }
        Path db = dir.resolve("shared.db");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<ImportReport>> done = new ArrayList<>();
            for (Path p : files) {
                done.add(pool.submit(() -> new TmService(db).importTmx(p, true, null)));
            }
            for (Future<ImportReport> f : done) {
                assertEquals(400, f.get().added());
            }
        } finally {
            pool.shutdownNow();
        }
        MemoryStats stats = new TmService(db).stats();
        assertEquals(800, stats.units());
        assertEquals(800L, stats.variantsPerLanguage().get("az"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
                var rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertEquals("ok", rs.getString(1));
        }
        assertEquals(1, new TmService(db).search("nömrəsi 399", "az", 10).stream()
                .filter(h -> h.unit().tuid().equals("f1-399")).count());
    }
}
