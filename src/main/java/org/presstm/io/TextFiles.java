package org.presstm.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.presstm.InvalidInputException;

/**
 * Reads the plain-text inputs of presstm: UTF-8 only, strictly decoded, a leading byte-order mark dropped.
 * Anything else (a missing file, a folder, a binary file, bytes that are not UTF-8) is an
 * {@link InvalidInputException} naming the file and the line, never a silently garbled text.
 */
public final class TextFiles {
    private static final char BOM = '\uFEFF';

    private TextFiles() {
    }

    /** The file's text exactly as written (line breaks kept as they are, CRLF included), without a BOM. */
    public static String readUtf8(Path file) {
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(file, 0, "is a directory, not a text file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file, 0, "no such file");
        } catch (IOException e) {
            throw new InvalidInputException(file, 0, "cannot read: " + e.getMessage(), e);
        }
        return decodeUtf8(file, bytes);
    }

    /** Decodes bytes read from {@code source} (used only in messages). */
    public static String decodeUtf8(Path source, byte[] bytes) {
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            throw new InvalidInputException(source, lineAt(bytes, nul), "binary file (NUL byte), not UTF-8 text");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new InvalidInputException(source, lineAt(bytes, in.position()),
                    "not valid UTF-8 (byte " + (in.position() + 1) + "); convert the file to UTF-8");
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }

    /** Decodes a resource or other trusted bytes; malformed input here is a bug, not a user error. */
    public static String decodeTrusted(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("bundled text is not UTF-8", e);
        }
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
