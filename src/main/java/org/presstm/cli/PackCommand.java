package org.presstm.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.presstm.glossary.TermBase;
import org.presstm.glossary.TermBases;
import org.presstm.glossary.TermMatcher;
import org.presstm.lang.Language;
import org.presstm.segment.Segmenters;
import org.presstm.tm.Memory;
import org.presstm.tm.SqliteMemory;
import org.presstm.xliff.Leverager;
import org.presstm.xliff.Manifest;
import org.presstm.xliff.PackRequest;
import org.presstm.xliff.PackResult;
import org.presstm.xliff.PackageWriter;
import org.presstm.xliff.Profile;
import org.presstm.xliff.ReleaseReader;
import org.presstm.xliff.XliffVersion;

/** {@code presstm pack}: a release into translation packages (XLIFF + TMX + TBX per target language). */
@Command(name = "pack", mixinStandardHelpOptions = true,
        description = {"Make translation packages of a release (.txt, .docx, .html): per target language an XLIFF"
                + " pre-filled from the memory, a TMX of the matches and a TBX of the glossary terms found,"
                + " with a manifest and a word-count/leverage report.",
                "The package folder (and zip) goes to -o; a copy of its manifest and original stays in"
                        + " <project>/packages so that `presstm unpack` can check what comes back."})
final class PackCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RELEASE", description = "The release: a .txt (UTF-8), .docx or .html file.")
    Path release;

    @Option(names = "--from", defaultValue = "az", paramLabel = "LANG",
            description = "Language of the release (default: ${DEFAULT-VALUE}).")
    String from;

    @Option(names = "--to", defaultValue = "en,ru", paramLabel = "LANGS",
            description = "Target languages, comma-separated (default: ${DEFAULT-VALUE}).")
    String to;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Where the package goes (default: <project>/packages).")
    Path output;

    @Option(names = "--xliff", defaultValue = "1.2", paramLabel = "1.2|2.0",
            description = "XLIFF version (default: ${DEFAULT-VALUE}).")
    String xliff;

    @Option(names = "--zip", description = "Also write the package as one .zip file.")
    boolean zip;

    @Option(names = "--for", defaultValue = "generic", paramLabel = "omegat|generic",
            description = "CAT tool profile (default: ${DEFAULT-VALUE}); omegat copies the source into every"
                    + " target with state=\"new\" and leaves the matches to the TMX.")
    String profile;

    @Option(names = "--validate", description = "Check every file written: XLIFF against its schemas, TMX and TBX"
            + " read back by Okapi (adds a few hundred milliseconds; presstm's tests check every package they make).")
    boolean validate;

    @Option(names = "--tm", paramLabel = "PATH", description = "The memory file (default: <project>/tm/memory.db).")
    Path tm;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path project = ProjectLayout.project(spec);
        Path registry = ProjectLayout.packages(project);
        Path memoryFile = ProjectLayout.memory(spec, tm);
        PackRequest request = new PackRequest(release, Language.of(from), LanguageOption.parseList(to),
                output != null ? output : registry, XliffVersion.of(xliff), Profile.of(profile), zip,
                Optional.of(registry), Optional.empty(), Instant.now().truncatedTo(ChronoUnit.SECONDS),
                validate);
        // the glossary and the sentence model load on other threads while the memory is opened (and the
        // glossary while the release is looked up in it): a translator waits for the slowest, not the sum
        CompletableFuture<Optional<TermMatcher>> terms = Background.start("glossary", () -> glossary(project));
        Segmenters segmenters = new Segmenters();
        CompletableFuture<?> model = Background.start("model",
                () -> segmenters.forLanguage(request.from(), false));
        if (!Files.exists(memoryFile)) {
            err.println("presstm: warning: no memory at " + memoryFile + "; every segment counts as new");
        }
        try (Memory memory = Files.exists(memoryFile) ? SqliteMemory.open(memoryFile, false) : null) {
            Background.join(model);
            PackageWriter writer = new PackageWriter(new ReleaseReader(segmenters),
                    new Leverager(Optional.ofNullable(memory), () -> Background.join(terms)));
            print(writer.pack(request), out);
        }
        return ExitCode.OK;
    }

    private static Optional<TermMatcher> glossary(Path project) {
        List<Path> files = TermBases.projectFiles(project);
        if (files.isEmpty()) {
            return Optional.empty();
        }
        TermBase base = TermBases.load(files);
        return Optional.of(new TermMatcher(base));
    }

    private static void print(PackResult r, PrintWriter out) {
        Manifest m = r.manifest();
        out.printf("package %s: %s (XLIFF %s, profile %s)%n", m.header().id(), r.folder(),
                m.header().version().label(), m.header().profile().key());
        r.zip().ifPresent(z -> out.println("zip: " + z));
        for (Manifest.Target t : m.targets()) {
            out.printf("  %s: %s, %s (%d units), %s (%d concepts)%n", t.language(), t.xliff(), t.tmx(),
                    t.tmxUnits(), t.tbx(), t.tbxConcepts());
        }
        for (Manifest.Target t : m.targets()) {
            out.print(t.report().format(m.source()));
        }
        out.flush();
    }
}
