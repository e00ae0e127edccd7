package org.presstm.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

import org.presstm.InvalidInputException;
import org.presstm.glossary.TermBase;
import org.presstm.glossary.TermBases;

/** The option the glossary commands share: which term bases to use (default: all in the project). */
final class GlossarySource {
    @Option(names = {"-g", "--glossary"}, paramLabel = "FILE",
            description = "A term base (.tbx, .csv, .tsv) to use instead of all files in <project>/glossaries/; "
                    + "repeatable.")
    List<Path> files = new ArrayList<>();

    TermBase load(CommandSpec spec) {
        if (!files.isEmpty()) {
            return TermBases.load(files);
        }
        Path project = ProjectLayout.project(spec);
        List<Path> found = TermBases.projectFiles(project);
        if (found.isEmpty()) {
            throw new InvalidInputException(ProjectLayout.glossaries(project), 0,
                    "no term bases (*.tbx, *.csv, *.tsv) here; use --project DIR or --glossary FILE");
        }
        return TermBases.load(found);
    }
}
