package org.presstm.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.presstm.InvalidInputException;
import org.presstm.PresstmException;
import org.presstm.glossary.Glossary;
import org.presstm.glossary.TermBase;
import org.presstm.glossary.TermBases;
import org.presstm.lang.Language;
import org.presstm.qa.Check;
import org.presstm.qa.CheckContext;
import org.presstm.qa.CheckService;
import org.presstm.qa.Checks;
import org.presstm.qa.MemoryInput;
import org.presstm.qa.MemoryLookup;
import org.presstm.qa.Report;
import org.presstm.qa.ReportFormat;
import org.presstm.qa.Severity;
import org.presstm.tm.SqliteMemory;

/** {@code presstm check}: consistency reports on a package, a release or the whole memory. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Consistency report: terms, names, numbers and dates, completeness, form, inconsistent "
                + "translations, and English against Russian.",
                "TARGET is a translated XLIFF 1.2 file, a package folder or a package zip;",
                "or give a release as --az A.txt --en E.txt --ru R.txt (aligned on the fly);",
                "or --tm for the whole memory. Terms and names use <project>/glossaries/ unless -g says otherwise;",
                "a package or release is also compared with <project>/tm/memory.db when it exists."})
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "TARGET", arity = "0..1", description = "XLIFF file, package folder or package zip.")
    Path target;

    @Option(names = "--az", paramLabel = "FILE", description = "The release in Azerbaijani (UTF-8 text).")
    Path az;

    @Option(names = "--en", paramLabel = "FILE", description = "The release in English.")
    Path en;

    @Option(names = "--ru", paramLabel = "FILE", description = "The release in Russian.")
    Path ru;

    @Option(names = "--tm", arity = "0..1", fallbackValue = "", paramLabel = "PATH",
            description = "Check the whole memory (default file: <project>/tm/memory.db).")
    Path tm;

    @Option(names = "--source", paramLabel = "az|en|ru", defaultValue = "az",
            description = "With --tm: the language taken as source (default: ${DEFAULT-VALUE}).")
    String source;

    @Option(names = "--format", paramLabel = "text|json|html|csv", defaultValue = "text",
            description = "Report form (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report here, not to standard output.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "error|warning|info|never", defaultValue = "error",
            description = "Exit with 1 when there are findings this serious or more (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = "--checks", split = ",", paramLabel = "IDS",
            description = "Run only these checks or categories (e.g. numbers,terms.missing); see --list-checks.")
    List<String> checks = new ArrayList<>();

    @Option(names = {"-g", "--glossary"}, paramLabel = "FILE",
            description = "Term base to use instead of <project>/glossaries/*; repeatable.")
    List<Path> glossaries = new ArrayList<>();

    @Option(names = "--no-memory", description = "Do not compare a package or release with the project's memory.")
    boolean noMemory;

    @Option(names = "--list-checks", description = "List the checks with their severity and stop.")
    boolean listChecks;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (listChecks) {
            for (Check c : Checks.create(CheckContext.EMPTY)) {
                out.printf("%-24s %-8s %s%n", c.id(), c.severity().label(), c.title());
            }
            out.flush();
            return ExitCode.OK;
        }
        Optional<Severity> threshold = threshold(failOn);
        Report report = report();
        write(report, out);
        return threshold.isPresent() && report.hasFindingsAtLeast(threshold.get()) ? ExitCode.FAILURE : ExitCode.OK;
    }

    private Report report() {
        Map<Language, Path> release = release();
        int inputs = (target != null ? 1 : 0) + (release.isEmpty() ? 0 : 1) + (tm != null ? 1 : 0);
        if (inputs != 1) {
            throw new IllegalArgumentException("give exactly one of TARGET, --az/--en/--ru, or --tm");
        }
        Optional<Glossary> glossary = glossary();
        CheckContext context = new CheckContext(glossary, MemoryLookup.NONE);
        if (tm != null) {
            Path file = tm.toString().isEmpty() ? ProjectLayout.memory(ProjectLayout.project(spec)) : tm;
            try (SqliteMemory memory = SqliteMemory.open(file, false)) {
                return new CheckService(context, checks).checkMemory(memory, file.toString(), Language.of(source));
            }
        }
        Path memoryFile = ProjectLayout.memory(ProjectLayout.project(spec));
        if (noMemory || !Files.isRegularFile(memoryFile)) {
            return run(context, release);
        }
        try (SqliteMemory memory = SqliteMemory.open(memoryFile, false)) {
            return run(context.withMemory(MemoryInput.lookup(memory)), release);
        }
    }

    private Report run(CheckContext context, Map<Language, Path> release) {
        CheckService service = new CheckService(context, checks);
        return release.isEmpty() ? service.checkPackage(target) : service.checkRelease(release);
    }

    private Map<Language, Path> release() {
        Map<Language, Path> files = new EnumMap<>(Language.class);
        if (az != null) {
            files.put(Language.AZ, az);
        }
        if (en != null) {
            files.put(Language.EN, en);
        }
        if (ru != null) {
            files.put(Language.RU, ru);
        }
        if (files.size() == 1) {
            throw new IllegalArgumentException("a release needs two or three of --az, --en, --ru");
        }
        return files;
    }

    private Optional<Glossary> glossary() {
        Path project = ProjectLayout.project(spec);
        List<Path> files = !glossaries.isEmpty() ? glossaries : TermBases.projectFiles(project);
        if (files.isEmpty()) {
            spec.commandLine().getErr().println("presstm: note: no glossary (" + ProjectLayout.glossaries(project)
                    + " has no term bases): the terms and names checks find nothing");
            return Optional.empty();
        }
        TermBase base = TermBases.load(files);
        return Optional.of(Glossary.of(base));
    }

    private void write(Report report, PrintWriter out) {
        if (output == null) {
            format.write(report, out);
            return;
        }
        try (Writer w = new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8);
                PrintWriter pw = new PrintWriter(w)) {
            format.write(report, pw);
        } catch (IOException e) {
            throw new PresstmException("cannot write " + output + ": " + e.getMessage(), e);
        }
        out.printf("%s: %d findings (%d errors, %d warnings, %d info) in %,d segments%n", output,
                report.findings().size(), report.count(Severity.ERROR), report.count(Severity.WARNING),
                report.count(Severity.INFO), report.segments());
        out.flush();
    }

    static Optional<Severity> threshold(String value) {
        if (value.equalsIgnoreCase("never")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Severity.valueOf(value.toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--fail-on takes error, warning, info or never, not '" + value + "'", e);
        }
    }
}
