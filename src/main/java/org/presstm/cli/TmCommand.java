package org.presstm.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import org.presstm.InvalidInputException;
import org.presstm.tm.ImportReport;
import org.presstm.tm.MatchQuery;
import org.presstm.tm.TmService;

/** {@code presstm tm ...}: the translation memory (TMX import and export, stats, fuzzy match, concordance). */
@Command(name = "tm", mixinStandardHelpOptions = true,
        description = {"The translation memory: one SQLite file, <project>/tm/memory.db unless --tm says otherwise."},
        subcommands = {TmCommand.Import.class, TmCommand.Export.class, TmCommand.Stats.class, TmCommand.Match.class,
                TmCommand.Search.class})
final class TmCommand {
    @Spec
    CommandSpec spec;

    @Option(names = "--tm", scope = ScopeType.INHERIT, paramLabel = "PATH",
            description = "The memory file (default: <project>/tm/memory.db).")
    Path tm;

    TmService service() {
        return new TmService(ProjectLayout.memory(spec, tm));
    }

    /** Output form of the lookups. */
    enum Format {
        TEXT, JSON
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import TMX files (all languages, inline codes, props and notes) with Okapi's TMX filter.",
                    "Each file in one transaction: a file that fails leaves the memory as it was.",
                    "A unit identical to a stored one is merged. Bad units are skipped and reported."})
    static final class Import implements Callable<Integer> {
        @ParentCommand
        TmCommand tm;

        @Option(names = "--strict", description = "Stop a file at its first bad unit (the file is then not imported).")
        boolean strict;

        @Parameters(paramLabel = "FILE.tmx", arity = "1..*", description = "TMX files.")
        List<Path> files;

        @Override
        public Integer call() {
            PrintWriter out = tm.spec.commandLine().getOut();
            PrintWriter err = tm.spec.commandLine().getErr();
            TmService service = tm.service();
            boolean terminal = System.console() != null;
            int exit = ExitCode.OK;
            for (Path file : files) {
                try {
                    ImportReport r = service.importTmx(file, strict, terminal ? (f, done, total) -> {
                        if (total < 0) {
                            err.printf("\r%s: %,d units", f.getFileName(), done);
                        } else {
                            err.printf("\r%s: %,d of %,d units", f.getFileName(), done, total);
                        }
                        err.flush();
                    } : null);
                    if (terminal) {
                        err.print("\r\033[K");
                    }
                    TmOutput.report(r, out, err);
                } catch (InvalidInputException e) {
                    err.println("presstm: error: " + e.getMessage() + " (nothing imported from this file)");
                    exit = ExitCode.BAD_INPUT;
                }
            }
            out.flush();
            return exit;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the memory as TMX 1.4b with Okapi's TMXWriter.")
    static final class Export implements Callable<Integer> {
        @ParentCommand
        TmCommand tm;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.tmx", description = "The TMX to write.")
        Path output;

        @Option(names = "--langs", paramLabel = "LANGS", split = ",",
                description = "Languages to write, the first as the source (default: all, the most common as source).")
        List<String> langs = List.of();

        @Option(names = "--since", paramLabel = "DATE",
                description = "Only units created or changed on or after DATE (2026-03-12 or 20260312T000000Z).")
        String since;

        @Override
        public Integer call() {
            String version = new VersionProvider().getVersion()[0].replace("presstm ", "");
            int n = tm.service().exportTmx(output, langs, since, version);
            PrintWriter out = tm.spec.commandLine().getOut();
            out.printf("exported %,d units to %s%n", n, output);
            out.flush();
            return ExitCode.OK;
        }
    }

    @Command(name = "stats", mixinStandardHelpOptions = true,
            description = "Units, variants per language, language pairs, size on disk.")
    static final class Stats implements Callable<Integer> {
        @ParentCommand
        TmCommand tm;

        @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
                description = "Output form (default: ${DEFAULT-VALUE}).")
        Format format;

        @Override
        public Integer call() {
            TmService service = tm.service();
            TmOutput.stats(service.memoryFile(), service.stats(), format == Format.JSON,
                    tm.spec.commandLine().getOut());
            return ExitCode.OK;
        }
    }

    @Command(name = "match", mixinStandardHelpOptions = true,
            description = {"Fuzzy matches for a sentence, best first, scored 0-100 (word-level edit distance;",
                    "100 only for an identical sentence; a context match ranks above a plain 100).",
                    "Words of the stored source that differ are shown [like this]."})
    static final class Match implements Callable<Integer> {
        @ParentCommand
        TmCommand tm;

        @Parameters(paramLabel = "SENTENCE", description = "The sentence to look up.")
        String sentence;

        @Option(names = "--from", defaultValue = "az", paramLabel = "LANG",
                description = "Language of the sentence (default: ${DEFAULT-VALUE}).")
        String from;

        @Option(names = "--to", split = ",", paramLabel = "LANGS",
                description = "Target languages to show (default: all others).")
        List<String> to = List.of();

        @Option(names = "--min", defaultValue = "70", description = "Lowest score shown (default: ${DEFAULT-VALUE}).")
        int min;

        @Option(names = "--max", defaultValue = "5", description = "Most matches shown (default: ${DEFAULT-VALUE}).")
        int max;

        @Option(names = "--prev", paramLabel = "SENTENCE", description = "The sentence before (for context matches).")
        String previous;

        @Option(names = "--next", paramLabel = "SENTENCE", description = "The sentence after (for context matches).")
        String next;

        @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
                description = "Output form (default: ${DEFAULT-VALUE}).")
        Format format;

        @Override
        public Integer call() {
            MatchQuery query = new MatchQuery(org.presstm.tm.TaggedText.of(sentence), from, to, min, max, previous,
                    next);
            TmOutput.matches(tm.service().match(query), format == Format.JSON, tm.spec.commandLine().getOut());
            return ExitCode.OK;
        }
    }

    @Command(name = "search", mixinStandardHelpOptions = true,
            description = {"Concordance: units whose text contains all the words (case and diacritics ignored,",
                    "a word also finds longer words it begins: Məclis finds Məclisin). Hits shown [like this]."})
    static final class Search implements Callable<Integer> {
        @ParentCommand
        TmCommand tm;

        @Parameters(paramLabel = "TEXT", description = "The words to find.")
        String text;

        @Option(names = "--in", paramLabel = "LANG", description = "Search only this language (default: all).")
        String in;

        @Option(names = "--max", defaultValue = "20", description = "Most hits shown (default: ${DEFAULT-VALUE}).")
        int max;

        @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
                description = "Output form (default: ${DEFAULT-VALUE}).")
        Format format;

        @Override
        public Integer call() {
            if (max < 1) {
                throw new IllegalArgumentException("--max must be at least 1, not " + max);
            }
            TmOutput.hits(tm.service().search(text, in, max), format == Format.JSON, tm.spec.commandLine().getOut());
            return ExitCode.OK;
        }
    }
}
