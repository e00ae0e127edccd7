package org.presstm.xliff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.presstm.PresstmException;
import org.presstm.glossary.Concept;
import org.presstm.lang.Language;

/**
 * Makes a translation package ({@code presstm pack}): reads and segments the release, looks it up in the
 * memory and glossary ({@link Leverager}), and writes a folder {@code NAME-ID/} holding, per target
 * language, the XLIFF ({@code NAME.az-en.xlf}), the TMX and the TBX, plus {@code original/} (the release, for
 * the merge) and {@code manifest.xml}; on request every file is validated as it is written
 * ({@link PackageValidation}).
 * Not thread-safe (the reader and leverager it holds are not).
 */
public final class PackageWriter {
    static final String ORIGINAL_DIR = "original";
    /** Written into the TMX header; the jar's version when known. */
    static final String TOOL_VERSION = java.util.Optional.ofNullable(PackageWriter.class.getPackage()
            .getImplementationVersion()).orElse("dev");

    private final ReleaseReader reader;
    private final Leverager leverager;

    public PackageWriter(ReleaseReader reader, Leverager leverager) {
        this.reader = reader;
        this.leverager = leverager;
    }

    public PackResult pack(PackRequest request) {
        Release release = reader.read(request.release(), request.from());
        Map<Language, List<SegmentLeverage>> leverage = leverager.leverage(release, request.to());
        String id = request.id().orElseGet(PackageWriter::newId);
        String originalName = FileNames.safe(request.release().getFileName().toString());
        PackageHeader header = new PackageHeader(id, release.name(), originalName, request.created(),
                request.profile(), request.version());
        Path folder = request.outDir().resolve(release.name() + "-" + id);
        createFresh(folder);
        String original = ORIGINAL_DIR + "/" + originalName;
        copy(request.release(), folder.resolve(original));
        List<Manifest.Target> targets = new ArrayList<>();
        for (Language to : request.to()) {
            targets.add(writeTarget(folder, header, release, to, leverage.get(to), request.validate()));
        }
        Manifest manifest = new Manifest(header, original, release.format(), release.language(), targets,
                entries(release, leverage.get(request.to().get(0))));
        ManifestXml.write(manifest, folder.resolve(Manifest.FILE_NAME));
        request.registry().ifPresent(r -> register(folder, r, manifest));
        Path zip = null;
        if (request.zip()) {
            zip = request.outDir().resolve(folder.getFileName() + ".zip");
            PackageZip.zip(folder, zip);
        }
        return new PackResult(folder, java.util.Optional.ofNullable(zip), manifest);
    }

    private static Manifest.Target writeTarget(Path folder, PackageHeader header, Release release, Language to,
            List<SegmentLeverage> leverage, boolean validate) {
        String base = release.name() + "." + release.language() + "-" + to;
        Path xliff = folder.resolve(base + ".xlf");
        if (header.version() == XliffVersion.V1_2) {
            Xliff12Writer.write(xliff, header, release, to, leverage);
            if (validate) {
                PackageValidation.xliff12(xliff);
            }
        } else {
            Xliff20Writer.write(xliff, header, release, to, leverage);
            if (validate) {
                PackageValidation.xliff20(xliff);
            }
        }
        Path tmx = folder.resolve(base + ".tmx");
        int units = PackageTmx.write(tmx, release.language(), to, leverage, TOOL_VERSION);
        if (validate) {
            checkCount(tmx, units, PackageValidation.tmx(tmx, release.language().code(), to.code()));
        }
        Path tbx = folder.resolve(base + ".tbx");
        int concepts = PackageTbx.write(tbx, header.id(), release.language(), to, concepts(leverage));
        if (validate) {
            checkCount(tbx, concepts, PackageValidation.tbx(tbx));
        }
        return new Manifest.Target(to, xliff.getFileName().toString(), tmx.getFileName().toString(),
                tbx.getFileName().toString(), units, concepts, LeverageReport.of(to, leverage));
    }

    private static void checkCount(Path file, int written, int readBack) {
        if (written != readBack) {
            throw new PresstmException("presstm wrote " + written + " entries to " + file + " but Okapi reads "
                    + readBack + " back");
        }
    }

    private static List<Concept> concepts(List<SegmentLeverage> leverage) {
        Map<String, Concept> out = new LinkedHashMap<>();
        for (SegmentLeverage s : leverage) {
            s.terms().forEach(t -> out.putIfAbsent(t.concept().id(), t.concept()));
        }
        return List.copyOf(out.values());
    }

    private static List<Manifest.SegmentEntry> entries(Release release, List<SegmentLeverage> leverage) {
        List<Manifest.SegmentEntry> out = new ArrayList<>();
        int n = 0;
        for (SourceUnit u : release.units()) {
            for (int i = 0; i < u.spans().size(); i++) {
                SegmentLeverage s = leverage.get(n++);
                out.add(new Manifest.SegmentEntry(u.id(), SourceUnit.segmentId(i), u.spans().get(i), s.words(),
                        s.segment().text().plain()));
            }
        }
        return out;
    }

    /** A fresh package id: 12 hex digits of a random UUID, enough to never meet twice in one office. */
    static String newId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
    }

    private static void register(Path folder, Path registry, Manifest manifest) {
        Path copy = registry.resolve(folder.getFileName());
        if (copy.toAbsolutePath().normalize().equals(folder.toAbsolutePath().normalize())) {
            return;
        }
        createFresh(copy);
        copy(folder.resolve(Manifest.FILE_NAME), copy.resolve(Manifest.FILE_NAME));
        copy(folder.resolve(manifest.original()), copy.resolve(manifest.original()));
    }

    private static void createFresh(Path dir) {
        try {
            if (Files.exists(dir)) {
                throw new PresstmException(dir + " already exists");
            }
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new PresstmException("cannot create " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void copy(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.copy(from, to);
        } catch (IOException e) {
            throw new PresstmException("cannot copy " + from + " to " + to + ": " + e.getMessage(), e);
        }
    }
}
