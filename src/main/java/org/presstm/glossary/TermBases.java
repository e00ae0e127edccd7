package org.presstm.glossary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.presstm.InvalidInputException;

/**
 * The one factory of term bases: reads and writes TBX, CSV and TSV files by their extension, and finds the
 * bases of a project ({@code <project>/glossaries/*.tbx, *.csv, *.tsv}). Loading is all or nothing: a bad
 * file, a duplicate concept id (within a file or across files) or a term in an unknown language is an
 * {@link InvalidInputException} and no base is returned. Stateless and thread-safe.
 */
public final class TermBases {
    private TermBases() {
    }

    /** The formats presstm reads and writes, by file extension. */
    public enum Format {
        TBX, CSV, TSV;

        public static Format of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".tbx") || name.endsWith(".xml")) {
                return TBX;
            }
            if (name.endsWith(".csv")) {
                return CSV;
            }
            if (name.endsWith(".tsv") || name.endsWith(".tab") || name.endsWith(".txt")) {
                return TSV;
            }
            throw new InvalidInputException(file, 0, "unknown term base format (expected .tbx, .csv or .tsv)");
        }
    }

    public static TermBase load(Path file) {
        List<Concept> concepts = switch (Format.of(file)) {
            case TBX -> TbxReader.read(file);
            case CSV -> DelimitedReader.read(file, ',');
            case TSV -> DelimitedReader.read(file, '\t');
        };
        return TermBase.of(file, concepts);
    }

    /** All the files, merged into one base. */
    public static TermBase load(List<Path> files) {
        TermBase base = TermBase.empty();
        for (Path file : files) {
            base = base.plus(load(file));
        }
        return base;
    }

    /** The term base files of a project, sorted by name; none if it has no glossaries folder. */
    public static List<Path> projectFiles(Path project) {
        Path dir = project.resolve("glossaries");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).filter(TermBases::isTermBase).sorted().toList();
        } catch (IOException e) {
            throw new InvalidInputException(dir, 0, "cannot list: " + e.getMessage(), e);
        }
    }

    public static TermBase loadProject(Path project) {
        return load(projectFiles(project));
    }

    static boolean isTermBase(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".tbx") || name.endsWith(".csv") || name.endsWith(".tsv");
    }

    /** Writes the base in the format the file name says; description lines go into the header. */
    public static void write(TermBase base, List<String> description, Path file) {
        Format format = Format.of(file);
        if (format == Format.TBX) {
            TbxWriter.write(base, description, file);
            return;
        }
        String text = DelimitedWriter.write(base, description, format == Format.CSV ? ',' : '\t');
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
