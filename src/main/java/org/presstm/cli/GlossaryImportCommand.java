package org.presstm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.presstm.glossary.TermBase;
import org.presstm.glossary.TermBases;

/** {@code presstm glossary import FILE}: a TBX, CSV or TSV term base into the project, as TBX-Basic. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Check a term base (TBX martif or v3, CSV, TSV) and add it to <project>/glossaries/ as "
                + "TBX-Basic (martif). Nothing is written if the file has an error or a concept id that the "
                + "project's bases already use."})
final class GlossaryImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The term base to import.")
    Path file;

    @Option(names = "--name", paramLabel = "NAME",
            description = "File name in glossaries/ (default: FILE's name with .tbx).")
    String name;

    @Option(names = "--force", description = "Replace a file of the same name in glossaries/.")
    boolean force;

    @Option(names = "--description", paramLabel = "TEXT",
            description = "A line for the TBX header (where the terms come from); repeatable.")
    List<String> description = new java.util.ArrayList<>();

    @Override
    public Integer call() {
        TermBase imported = TermBases.load(file);
        Path project = ProjectLayout.project(spec);
        Path target = ProjectLayout.glossaries(project).resolve(name != null ? name : baseName(file) + ".tbx");
        List<Path> others = TermBases.projectFiles(project).stream()
                .filter(p -> !p.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize())).toList();
        TermBases.load(others).plus(imported);
        if (Files.exists(target) && !force) {
            throw new IllegalArgumentException(target + " exists; use --force to replace it or --name for another");
        }
        createParent(target);
        TermBases.write(imported, description.isEmpty()
                ? List.of("Imported by presstm from " + file.getFileName() + ".") : description, target);
        PrintWriter out = spec.commandLine().getOut();
        out.println("imported " + imported.size() + " concepts from " + file + " into " + target);
        out.flush();
        return ExitCode.OK;
    }

    static String baseName(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    static void createParent(Path target) {
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of " + target, e);
        }
    }
}
