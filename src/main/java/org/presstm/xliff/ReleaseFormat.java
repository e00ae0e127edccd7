package org.presstm.xliff;

import java.nio.file.Path;
import java.util.Locale;

import org.presstm.InvalidInputException;

/** The release formats presstm packs and merges back, by file extension. */
public enum ReleaseFormat {
    TXT("txt", "plaintext"),
    DOCX("docx", "x-openxml"),
    HTML("html", "html");

    private final String extension;
    private final String datatype;

    ReleaseFormat(String extension, String datatype) {
        this.extension = extension;
        this.datatype = datatype;
    }

    public String extension() {
        return extension;
    }

    /** The XLIFF 1.2 {@code datatype} attribute. */
    public String datatype() {
        return datatype;
    }

    public static ReleaseFormat of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            return TXT;
        }
        if (name.endsWith(".docx")) {
            return DOCX;
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return HTML;
        }
        throw new InvalidInputException(file, 0, "unknown release format (expected .txt, .docx or .html)");
    }

    public static ReleaseFormat named(String name) {
        for (ReleaseFormat f : values()) {
            if (f.extension.equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown release format '" + name + "'");
    }
}
