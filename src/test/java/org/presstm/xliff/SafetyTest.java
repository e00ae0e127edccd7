package org.presstm.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.presstm.InvalidInputException;
import org.presstm.tm.SqliteMemory;

/** Returned files are outside input: XXE, entity bombs, zip slips and zip bombs fail, nothing is imported. */
class SafetyTest {
    @TempDir
    Path dir;

    private static final String HEAD = "<?xml version=\"1.0\"?>\n";
    private static final String BODY = "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">"
            + "<file original=\"a.txt\" source-language=\"az\" target-language=\"en\" datatype=\"plaintext\"><body>"
            + "<trans-unit id=\"u1\"><source>&x;</source><target>x</target></trans-unit></body></file></xliff>";

    private InvalidInputException unpackFails(Path file) {
        try (SqliteMemory memory = SqliteMemory.open(dir.resolve("memory.db"), true)) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Unpacker(memory).unpack(
                    new UnpackRequest(file, Optional.empty(), dir.resolve("t"), UnpackRequest.DEFAULT_STATES,
                            Optional.empty(), Instant.now())));
            assertEquals(0, memory.stats().units(), "nothing imported");
            return e;
        }
    }

    @Test
    void externalEntityIsNeverFetched() throws Exception {
        Path secret = Fixtures.write(dir, "secret.txt", "top secret");
        Path xlf = Fixtures.write(dir, "xxe.xlf", HEAD + "<!DOCTYPE xliff [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]>" + BODY);
        InvalidInputException e = unpackFails(xlf);
        assertTrue(!e.getMessage().contains("top secret"), e.getMessage());
    }

    @Test
    void billionLaughsIsNotExpanded() throws Exception {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE xliff [<!ENTITY x0 \"ha\">");
        for (int i = 1; i <= 10; i++) {
            dtd.append("<!ENTITY x").append(i).append(" \"").append(("&x" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("<!ENTITY x \"&x10;\">]>");
        long t0 = System.nanoTime();
        unpackFails(Fixtures.write(dir, "lol.xlf", HEAD + dtd + BODY));
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L, "refused at once");
    }

    @Test
    void zipEntryClimbingOutOfTheFolderIsRefused() throws Exception {
        Path zip = dir.resolve("slip.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("../../evil.xlf"));
            z.write("x".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        InvalidInputException e = unpackFails(zip);
        assertTrue(e.getMessage().contains("outside the package folder"), e.getMessage());
        assertTrue(!Files.exists(dir.getParent().resolve("evil.xlf")));
    }

    @Test
    void zipBombIsRefused() throws Exception {
        Path zip = dir.resolve("bomb.zip");
        byte[] zeros = new byte[1024 * 1024];
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("big.xlf"));
            for (int i = 0; i < 50; i++) {
                z.write(zeros);
            }
            z.closeEntry();
        }
        InvalidInputException e = unpackFails(zip);
        assertTrue(e.getMessage().contains("zip bomb"), e.getMessage());
    }

    @Test
    void absoluteZipEntryIsRefused() {
        assertThrows(InvalidInputException.class, () -> PackageZip.destination(dir.resolve("a.zip"), dir, "/etc/x"));
        assertThrows(InvalidInputException.class, () -> PackageZip.destination(dir.resolve("a.zip"), dir, "C:\\x"));
        assertEquals(dir.resolve("a/b.xlf"), PackageZip.destination(dir.resolve("a.zip"), dir, "a/b.xlf"));
    }

    @Test
    void manifestWithAnExternalEntityIsRefusedWithoutFetchingIt() throws Exception {
        Path secret = Fixtures.write(dir, "secret.txt", "top secret");
        String xliff = "<?xml version=\"1.0\"?><xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">"
                + "<file original=\"a.txt\" source-language=\"az\" target-language=\"en\" datatype=\"plaintext\">"
                + "<header><phase-group><phase phase-name=\"translation\" process-name=\"translation\""
                + " tool-id=\"presstm\" job-id=\"evilpkg1\"/></phase-group></header><body/></file></xliff>";
        String manifest = "<?xml version=\"1.0\"?><!DOCTYPE presstm-package [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]><presstm-package id=\"evilpkg1\" release=\"&x;\"/>";
        Path zip = dir.resolve("evil.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("a.az-en.xlf"));
            z.write(xliff.getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("manifest.xml"));
            z.write(manifest.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        InvalidInputException e = unpackFails(zip);
        assertTrue(!e.getMessage().contains("top secret"), e.getMessage());
    }

    @Test
    void fileThatIsNotXliffIsBadInput() throws Exception {
        InvalidInputException e = unpackFails(Fixtures.write(dir, "x.xlf", "<html><body>no</body></html>"));
        assertTrue(e.getMessage().contains("not an XLIFF file"), e.getMessage());
    }
}
