package org.presstm.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.presstm.InvalidInputException;

class TextFilesTest {
    @TempDir
    Path dir;

    @Test
    void byteOrderMarkIsDropped() throws Exception {
        Path f = dir.resolve("bom.txt");
        Files.write(f, ("\uFEFF" + "Salam.").getBytes(StandardCharsets.UTF_8));
        assertEquals("Salam.", TextFiles.readUtf8(f));
    }

    @Test
    void invalidUtf8NamesFileAndLine() throws Exception {
        Path f = dir.resolve("latin1.txt");
        Files.write(f, "Line one\nLine two\nCaf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> TextFiles.readUtf8(f));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith(f + ":3: not valid UTF-8"), e.getMessage());
    }

    @Test
    void binaryFileIsRefused() throws Exception {
        Path f = dir.resolve("image.bin");
        Files.write(f, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> TextFiles.readUtf8(f));
        assertTrue(e.getMessage().contains("binary file"), e.getMessage());
    }

    @Test
    void missingFileAndDirectoryAreNamed() {
        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> TextFiles.readUtf8(dir.resolve("nope.txt")));
        assertTrue(missing.getMessage().endsWith("nope.txt: no such file"), missing.getMessage());
        InvalidInputException folder = assertThrows(InvalidInputException.class, () -> TextFiles.readUtf8(dir));
        assertTrue(folder.getMessage().contains("is a directory"), folder.getMessage());
    }
}
