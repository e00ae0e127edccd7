package org.presstm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.presstm.tm.Memory;
import org.presstm.tm.SqliteMemory;
import org.presstm.tm.TranslationUnit;
import org.presstm.tm.Variant;

class CheckCommandTest {
    private static final String RELEASE = "src/test/resources/qa/release/";
    private static final String GLOSSARY = "src/test/resources/qa/glossary.tsv";
    private static final String PACKAGE = "src/test/resources/qa/package";

    @TempDir
    Path dir;

    private static CliTest.Run run(String... args) {
        return CliTest.run(args);
    }

    @Test
    void cleanReleaseExitsZeroWithASummaryTable() {
        CliTest.Run r = run("--project", "target", "check", "-g", GLOSSARY, "--az", RELEASE + "az.txt",
                "--en", RELEASE + "en.txt", "--ru", RELEASE + "ru.txt");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("7 segments in 1 document, az → en, ru; 0 findings"), r.out());
        assertTrue(r.out().contains("numbers.missing"), r.out());
    }

    @Test
    void findingsAtOrAboveFailOnExitOne() {
        String[] base = {"--project", "target", "check", "--no-memory", "-g", GLOSSARY, PACKAGE};
        assertEquals(1, run(base).exit());
        CliTest.Run never = run(concat(base, "--fail-on", "never"));
        assertEquals(0, never.exit());
        assertEquals(1, run(concat(base, "--checks", "inconsistency", "--fail-on", "warning")).exit());
        assertEquals(0, run(concat(base, "--checks", "inconsistency", "--fail-on", "error")).exit());
    }

    @Test
    void writesEachFormatToAFile() throws Exception {
        for (String format : new String[] {"json", "csv", "html", "text"}) {
            Path out = dir.resolve("report." + format);
            CliTest.Run r = run("--project", "target", "check", "--no-memory", "-g", GLOSSARY, PACKAGE,
                    "--format", format, "-o", out.toString(), "--fail-on", "never");
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.out().contains("findings"), r.out());
            String text = Files.readString(out, StandardCharsets.UTF_8);
            assertTrue(text.contains("numbers.missing"), format + ": " + text);
        }
    }

    @Test
    void wholeMemoryIsCheckedForInconsistentTranslations() {
        Path db = dir.resolve("memory.db");
        try (SqliteMemory memory = SqliteMemory.open(db, true); Memory.Batch batch = memory.begin()) {
            batch.add(TranslationUnit.of(Variant.of("az", "Görüşdə deputatlar da iştirak ediblər."),
                    Variant.of("en", "MPs also attended the meeting.")));
            batch.add(TranslationUnit.of(Variant.of("az", "Görüşdə deputatlar da iştirak ediblər!"),
                    Variant.of("en", "Deputies were also present.")));
            batch.add(TranslationUnit.of(Variant.of("az", "Görüşdə nazirlər də iştirak ediblər."),
                    Variant.of("en", "Ministers also attended the meeting.")));
            batch.commit();
        }
        CliTest.Run r = run("check", "--tm", db.toString(), "--checks", "inconsistency", "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("inconsistency.source"), r.out());
        assertEquals(2, r.out().split("\r\n").length, r.out());
    }

    @Test
    void badInputAndUsageErrorsHaveTheirExitCodes() {
        assertEquals(3, run("check", "--no-memory", dir.resolve("none.xlf").toString()).exit());
        assertEquals(2, run("check").exit());
        assertEquals(2, run("check", "--az", RELEASE + "az.txt").exit());
        assertEquals(2, run("check", PACKAGE, "--checks", "nonsense").exit());
        assertEquals(2, run("check", PACKAGE, "--format", "pdf").exit());
    }

    @Test
    void listsTheChecks() {
        CliTest.Run r = run("check", "--list-checks");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("terms.missing") && r.out().contains("form.length"), r.out());
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
