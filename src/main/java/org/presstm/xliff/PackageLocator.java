package org.presstm.xliff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.presstm.InvalidInputException;

/**
 * Finds the package a returned XLIFF belongs to: its manifest beside the file or one folder up (the file
 * still in its package folder), else in the project's packages folder, where {@code pack} keeps a copy of
 * every package's manifest and original. Stateless.
 */
final class PackageLocator {
    /** A manifest and the folder it lies in (paths in the manifest are relative to it). */
    record Found(Path folder, Manifest manifest) {
    }

    private PackageLocator() {
    }

    static Found locate(Path xliff, String packageId, Optional<Path> registry) {
        List<Path> candidates = new ArrayList<>();
        Path dir = xliff.toAbsolutePath().getParent();
        candidates.add(dir.resolve(Manifest.FILE_NAME));
        if (dir.getParent() != null) {
            candidates.add(dir.getParent().resolve(Manifest.FILE_NAME));
        }
        registry.ifPresent(r -> candidates.addAll(registered(r, packageId)));
        for (Path c : candidates) {
            if (Files.isRegularFile(c)) {
                Manifest m = ManifestXml.read(c);
                if (m.header().id().equals(packageId)) {
                    return new Found(c.getParent(), m);
                }
            }
        }
        throw new InvalidInputException(xliff, 0, "unknown package " + packageId + ": no manifest.xml for it beside"
                + " the file" + registry.map(r -> " or in " + r).orElse("") + "; nothing imported");
    }

    /** The manifests in the registry, those whose folder name ends with the id first. */
    private static List<Path> registered(Path registry, String packageId) {
        if (!Files.isDirectory(registry)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(registry)) {
            return dirs.filter(Files::isDirectory)
                    .sorted((a, b) -> Boolean.compare(!a.getFileName().toString().endsWith("-" + packageId),
                            !b.getFileName().toString().endsWith("-" + packageId)))
                    .map(d -> d.resolve(Manifest.FILE_NAME)).toList();
        } catch (IOException e) {
            throw new InvalidInputException(registry, 0, "cannot list: " + e.getMessage(), e);
        }
    }

    /** Inside a package folder: a path from the manifest, refused if it would lead out of the folder. */
    static Path inside(Path folder, String relative) {
        Path root = folder.toAbsolutePath().normalize();
        Path p = root.resolve(relative).normalize();
        if (!p.startsWith(root) || p.equals(root)) {
            throw new InvalidInputException(folder.resolve(Manifest.FILE_NAME), 0, "path '" + relative
                    + "' leads out of the package folder");
        }
        return p;
    }
}
