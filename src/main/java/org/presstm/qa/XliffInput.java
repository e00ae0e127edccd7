package org.presstm.qa;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.presstm.InvalidInputException;
import org.presstm.lang.Language;
import org.presstm.tm.TaggedText;
import org.presstm.xliff.TranslatedXliffReader;

/**
 * Translated XLIFF 1.2 as segments to check: one file, a package folder (every *.xlf and *.xliff in it,
 * sorted), or a package zip. Files of one release for different targets (az→en, az→ru) are joined by unit
 * and segment id, so that the cross-target check sees both translations. Reading goes through Okapi's
 * XLIFFFilter behind the xliff package's {@link TranslatedXliffReader}; files are capped at {@value #MAX_FILE_BYTES} bytes, zip entries too.
 * Stateless.
 */
public final class XliffInput {
    static final long MAX_FILE_BYTES = 256L << 20;

    private XliffInput() {
    }

    public static List<ParallelSegment> read(Path target) {
        Map<String, byte[]> files = files(target);
        if (files.isEmpty()) {
            throw new InvalidInputException(target, 0, "no XLIFF files (*.xlf, *.xliff) here");
        }
        Map<String, Joined> joined = new LinkedHashMap<>();
        Map<String, Set<Language>> languagesOf = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path name = Path.of(f.getKey());
            for (TranslatedXliffReader.Unit u : TranslatedXliffReader.read(name, f.getValue())) {
                languagesOf.computeIfAbsent(u.document(), d -> new LinkedHashSet<>()).add(u.targetLanguage());
                Joined j = joined.computeIfAbsent(u.document() + "\u0000" + u.id(),
                        k -> new Joined(u.document(), u.id(), u.sourceLanguage(), u.source()));
                if (u.target() != null) {
                    j.targets.putIfAbsent(u.targetLanguage(), u.target());
                }
            }
        }
        List<ParallelSegment> out = new ArrayList<>();
        for (Joined j : joined.values()) {
            List<Language> langs = languagesOf.get(j.document).stream().sorted().toList();
            out.add(new ParallelSegment(j.document, j.id, Origin.PACKAGE, j.sourceLanguage, j.source, langs, j.targets));
        }
        return out;
    }

    private static final class Joined {
        final String document;
        final String id;
        final Language sourceLanguage;
        final TaggedText source;
        final Map<Language, TaggedText> targets = new EnumMap<>(Language.class);

        Joined(String document, String id, Language sourceLanguage, TaggedText source) {
            this.document = document;
            this.id = id;
            this.sourceLanguage = sourceLanguage;
            this.source = source;
        }
    }

    /** The XLIFF files of the target by name, in name order. */
    private static Map<String, byte[]> files(Path target) {
        if (!Files.exists(target)) {
            throw new InvalidInputException(target, 0, "no such file or folder");
        }
        Map<String, byte[]> out = new LinkedHashMap<>();
        if (Files.isDirectory(target)) {
            try (Stream<Path> walk = Files.walk(target)) {
                for (Path p : walk.filter(Files::isRegularFile).filter(p -> isXliff(p.toString())).sorted().toList()) {
                    out.put(p.toString(), bytes(p));
                }
            } catch (IOException e) {
                throw new InvalidInputException(target, 0, "cannot read the folder: " + e.getMessage(), e);
            }
        } else if (target.toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            readZip(target, out);
        } else {
            out.put(target.toString(), bytes(target));
        }
        return out;
    }

    private static void readZip(Path zip, Map<String, byte[]> out) {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            List<? extends ZipEntry> entries = z.stream().filter(e -> !e.isDirectory() && isXliff(e.getName()))
                    .sorted((a, b) -> a.getName().compareTo(b.getName())).toList();
            for (ZipEntry e : entries) {
                try (InputStream in = z.getInputStream(e)) {
                    byte[] b = in.readNBytes((int) MAX_FILE_BYTES + 1);
                    if (b.length > MAX_FILE_BYTES) {
                        throw new InvalidInputException(zip, 0, e.getName() + " is larger than " + MAX_FILE_BYTES + " bytes");
                    }
                    out.put(zip + "!" + e.getName(), b);
                }
            }
        } catch (IOException e) {
            throw new InvalidInputException(zip, 0, "not a readable zip: " + e.getMessage(), e);
        }
    }

    private static byte[] bytes(Path p) {
        try {
            if (Files.size(p) > MAX_FILE_BYTES) {
                throw new InvalidInputException(p, 0, "larger than " + MAX_FILE_BYTES + " bytes");
            }
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new InvalidInputException(p, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    private static boolean isXliff(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".xlf") || n.endsWith(".xliff");
    }
}
