package org.presstm.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.presstm.glossary.Concept;
import org.presstm.glossary.Term;
import org.presstm.glossary.TermBase;
import org.presstm.glossary.TermBases;
import org.presstm.glossary.TermStatus;
import org.presstm.lang.Language;

/** {@code presstm glossary add}: a new concept into a project term base. */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = "Add a new concept to a term base of the project (default glossaries/local.tbx, created "
                + "if missing). The id must be new in every base of the project.")
final class GlossaryAddCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--id", required = true, description = "Concept id, unique in the project (e.g. person-aliyev).")
    String id;

    @Option(names = "--az", paramLabel = "TERM", description = "Azerbaijani term(s); repeatable.")
    List<String> az = new ArrayList<>();

    @Option(names = "--en", paramLabel = "TERM", description = "English term(s); repeatable.")
    List<String> en = new ArrayList<>();

    @Option(names = "--ru", paramLabel = "TERM", description = "Russian term(s); repeatable.")
    List<String> ru = new ArrayList<>();

    @Option(names = "--status", defaultValue = "preferred",
            description = "Status of these terms: preferred, admitted, deprecated, superseded (default: ${DEFAULT-VALUE}).")
    String status;

    @Option(names = "--note", defaultValue = "", description = "A note for translators.")
    String note;

    @Option(names = "--source", defaultValue = "", description = "Where the terms come from.")
    String origin;

    @Option(names = "--to", paramLabel = "FILE", description = "Term base to add to (default: <project>/glossaries/local.tbx).")
    Path to;

    @Override
    public Integer call() {
        TermStatus s = TermStatus.parse(status);
        List<Term> terms = new ArrayList<>();
        az.forEach(t -> terms.add(new Term(t, Language.AZ, s)));
        en.forEach(t -> terms.add(new Term(t, Language.EN, s)));
        ru.forEach(t -> terms.add(new Term(t, Language.RU, s)));
        Concept concept = new Concept(id, "", "", note, origin, terms);
        Path project = ProjectLayout.project(spec);
        Path target = to != null ? to : ProjectLayout.glossaries(project).resolve("local.tbx");
        TermBase current = Files.exists(target) ? TermBases.load(target) : TermBase.empty();
        List<Path> others = TermBases.projectFiles(project).stream()
                .filter(p -> !p.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize())).toList();
        TermBases.load(others).plus(current).plus(target, List.of(concept));
        GlossaryImportCommand.createParent(target);
        TermBases.write(current.plus(target, List.of(concept)), List.of("Written by presstm glossary add."), target);
        PrintWriter out = spec.commandLine().getOut();
        out.println("added " + id + " (" + terms.size() + " terms) to " + target);
        out.flush();
        return ExitCode.OK;
    }
}
