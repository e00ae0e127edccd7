package org.presstm.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.presstm.tm.SqliteMemory;
import org.presstm.xliff.UnpackFailure;
import org.presstm.xliff.UnpackRequest;
import org.presstm.xliff.UnpackResult;
import org.presstm.xliff.Unpacker;

/** {@code presstm unpack}: a returned XLIFF (or package ZIP) into the memory and a translated release. */
@Command(name = "unpack", mixinStandardHelpOptions = true,
        description = {"Take a translated XLIFF (or a returned package .zip) back: check that it belongs to a"
                + " package presstm made and that no source was changed, write the translated release in its"
                + " original format, and import the confirmed segments into the memory.",
                "Nothing is imported when any check fails; every problem is listed."})
final class UnpackCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The returned .xlf/.xliff, or a .zip holding them.")
    Path file;

    @Option(names = "--tm", paramLabel = "PATH", description = "The memory file (default: <project>/tm/memory.db).")
    Path tm;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Where the translated release goes (default: the folder of FILE).")
    Path output;

    @Option(names = "--translator", paramLabel = "NAME", description = "Who translated (kept in the memory).")
    String translator;

    @Option(names = "--states", split = ",", paramLabel = "STATES",
            description = "XLIFF states that count as confirmed (default: translated,reviewed,signed-off,final;"
                    + " approved=\"yes\" always counts).")
    Set<String> states;

    @Override
    public Integer call() {
        Path project = ProjectLayout.project(spec);
        Path memoryFile = ProjectLayout.memory(spec, tm);
        Path parent = file.toAbsolutePath().getParent();
        UnpackRequest request = new UnpackRequest(file, Optional.of(ProjectLayout.packages(project)),
                output != null ? output : parent, states != null ? states : UnpackRequest.DEFAULT_STATES,
                Optional.ofNullable(translator), Instant.now().truncatedTo(ChronoUnit.SECONDS));
        PrintWriter out = spec.commandLine().getOut();
        try (SqliteMemory memory = SqliteMemory.open(memoryFile, true)) {
            print(new Unpacker(memory).unpack(request), memoryFile, out);
        } catch (UnpackFailure e) {
            PrintWriter err = spec.commandLine().getErr();
            e.problems().forEach(p -> err.println("presstm: " + e.file() + ": " + p));
            throw e;
        }
        return ExitCode.OK;
    }

    private static void print(UnpackResult r, Path memoryFile, PrintWriter out) {
        out.printf("package %s (release %s)%n", r.manifest().header().id(), r.manifest().header().release());
        for (UnpackResult.LanguageResult l : r.languages()) {
            out.printf("  %s: %s: %d segments, %d confirmed, %d left untranslated -> %s%n", l.language(),
                    l.xliff().getFileName(), l.segments(), l.confirmed(), l.untranslated(), l.output());
        }
        out.printf("memory %s: %d units added, %d merged%n", memoryFile, r.added(), r.merged());
        out.flush();
    }
}
