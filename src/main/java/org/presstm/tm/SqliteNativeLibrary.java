package org.presstm.tm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

import org.sqlite.SQLiteJDBCLoader;

/**
 * Where sqlite-jdbc finds its native library. By default the driver copies the library out of its jar into
 * a fresh temporary file in every process (about 70 ms of a command that should answer in under a second);
 * here one copy is kept in the user's cache, per driver version, and named to the driver through its own
 * {@code org.sqlite.lib.path}/{@code org.sqlite.lib.name} properties. Only for the Linux builds the driver
 * ships (glibc, x86-64 and aarch64); elsewhere, or if the copy cannot be made, or if the user set those
 * properties, the driver does as it always does.
 */
final class SqliteNativeLibrary {
    private static final String NAME = "libsqlitejdbc.so";

    private SqliteNativeLibrary() {
    }

    /** Points the driver at the cached copy, making it first if needed. Call before the first connection. */
    static void useCachedCopy() {
        if (System.getProperty("org.sqlite.lib.path") != null || System.getProperty("org.sqlite.lib.name") != null) {
            return;
        }
        String arch = arch();
        if (arch == null) {
            return;
        }
        String resource = "/org/sqlite/native/Linux/" + arch + "/" + NAME;
        Path dir = cacheHome().resolve("presstm").resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion())
                .resolve(arch);
        Path library = dir.resolve(NAME);
        try {
            if (!Files.isRegularFile(library)) {
                try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        return;
                    }
                    Files.createDirectories(dir);
                    // written whole under another name, then renamed: a concurrent process never loads half
                    Path part = Files.createTempFile(dir, NAME, ".part");
                    Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(part, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException | RuntimeException e) {
            return; // the driver extracts its own copy, as without this class
        }
        System.setProperty("org.sqlite.lib.path", dir.toString());
        System.setProperty("org.sqlite.lib.name", NAME);
    }

    /** The driver's folder name for this machine, or null where the driver's own loader should decide. */
    private static String arch() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux")
                || Files.exists(Path.of("/lib/ld-musl-x86_64.so.1")) || Files.exists(Path.of("/lib/ld-musl-aarch64.so.1"))) {
            return null;
        }
        return switch (System.getProperty("os.arch", "")) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> null;
        };
    }

    private static Path cacheHome() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    }
}
