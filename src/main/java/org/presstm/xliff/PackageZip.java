package org.presstm.xliff;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.presstm.InvalidInputException;
import org.presstm.PresstmException;

/**
 * Packages as ZIP files, both ways. Unzipping a file that came back from outside is defended: an entry
 * whose name would land outside the target folder (absolute, "..", a drive letter) is refused, and so is
 * an archive that inflates beyond {@link #MAX_TOTAL_BYTES}, holds more than {@link #MAX_ENTRIES} entries or
 * compresses one entry more than {@link #MAX_RATIO} times (a "zip bomb"); the sizes are counted while
 * inflating, never taken from the headers. Stateless.
 */
public final class PackageZip {
    static final long MAX_TOTAL_BYTES = 256L * 1024 * 1024;
    static final int MAX_ENTRIES = 2000;
    static final int MAX_RATIO = 200;
    /** Below this an entry's ratio does not matter (a tiny XML file compresses well). */
    private static final long RATIO_FLOOR = 1024 * 1024;

    private PackageZip() {
    }

    /** Zips the folder's files, paths relative to the folder, '/'-separated. */
    public static void zip(Path folder, Path zipFile) {
        try (OutputStream out = Files.newOutputStream(zipFile);
                ZipOutputStream zip = new ZipOutputStream(out);
                Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = folder.relativize(f).toString().replace('\\', '/');
                zip.putNextEntry(new ZipEntry(name));
                Files.copy(f, zip);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new PresstmException("cannot write " + zipFile + ": " + e.getMessage(), e);
        }
    }

    /** Extracts into {@code target} (created if missing) and lists the files extracted. */
    public static List<Path> unzip(Path zipFile, Path target) {
        Path root = target.toAbsolutePath().normalize();
        List<Path> written = new java.util.ArrayList<>();
        long total = 0;
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw bad(zipFile, "more than " + MAX_ENTRIES + " entries");
            }
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                Path dest = destination(zipFile, root, e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(dest);
                    continue;
                }
                Files.createDirectories(dest.getParent());
                try (InputStream in = zip.getInputStream(e)) {
                    total += copyBounded(zipFile, e, in, dest, MAX_TOTAL_BYTES - total);
                }
                written.add(dest);
            }
        } catch (ZipException e) {
            throw bad(zipFile, "not a valid ZIP file: " + e.getMessage());
        } catch (IOException e) {
            throw new InvalidInputException(zipFile, 0, "cannot unzip: " + e.getMessage(), e);
        }
        return List.copyOf(written);
    }

    static Path destination(Path zipFile, Path root, String name) {
        String n = name.replace('\\', '/');
        if (n.isEmpty() || n.startsWith("/") || n.matches("^[A-Za-z]:.*") || n.contains("\u0000")) {
            throw bad(zipFile, "entry '" + name + "' has an absolute path");
        }
        Path dest = root.resolve(n).normalize();
        if (!dest.startsWith(root) || dest.equals(root)) {
            throw bad(zipFile, "entry '" + name + "' would be written outside the package folder");
        }
        return dest;
    }

    private static long copyBounded(Path zipFile, ZipEntry e, InputStream in, Path dest, long budget)
            throws IOException {
        long written = 0;
        byte[] buf = new byte[64 * 1024];
        long compressed = Math.max(1, e.getCompressedSize());
        try (OutputStream out = Files.newOutputStream(dest)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                written += n;
                if (written > budget) {
                    throw bad(zipFile, "inflates to more than " + MAX_TOTAL_BYTES / (1024 * 1024) + " MB");
                }
                if (written > RATIO_FLOOR && written / compressed > MAX_RATIO) {
                    throw bad(zipFile, "entry '" + e.getName() + "' is compressed more than " + MAX_RATIO
                            + " times (a zip bomb?)");
                }
                out.write(buf, 0, n);
            }
        }
        return written;
    }

    private static InvalidInputException bad(Path zipFile, String reason) {
        return new InvalidInputException(zipFile, 0, reason + "; nothing imported");
    }
}
