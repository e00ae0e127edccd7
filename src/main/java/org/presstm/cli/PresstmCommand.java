package org.presstm.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The top command: global options and the list of commands. The commands are added by {@link #addCommands}
 * rather than listed in the annotation: picocli builds a command's model by reflection when it is added,
 * and building all of them (with their subcommands) took a quarter of a second of every run.
 */
@Command(name = "presstm", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Translation memory for multilingual press releases (Azerbaijani, English, Russian).",
        footerHeading = "%nExit codes:%n",
        footer = {"  0  ok", "  1  findings at or above --fail-on, or a failure", "  2  usage error",
                "  3  bad input (missing, unreadable or malformed file)"})
public final class PresstmCommand {
    @Option(names = "--project", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "The presstm project folder (tm/, glossaries/); default: the current folder.")
    Path project = Path.of(".");

    @Option(names = "--stacktrace", scope = ScopeType.INHERIT,
            description = "On error, print the stack trace after the one-line message.")
    boolean stacktrace;

    /** The commands by name, in the order help lists them; each name is its class's {@code @Command} name. */
    static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("segment", SegmentCommand::new);
        m.put("demo", DemoCommand::new);
        m.put("train-segmenter", TrainSegmenterCommand::new);
        m.put("eval", EvalCommand::new);
        m.put("bench", BenchCommand::new);
        m.put("glossary", GlossaryCommand::new);
        m.put("tm", TmCommand::new);
        m.put("align", AlignCommand::new);
        m.put("check", CheckCommand::new);
        m.put("pack", PackCommand::new);
        m.put("unpack", UnpackCommand::new);
        return m;
    }

    /**
     * Adds the command that {@code first} (the first argument) names, none for the version, or every command
     * when it names none (an option, help, a typo, nothing): what picocli then prints or reports is the same
     * as with all of them.
     */
    static void addCommands(CommandLine cli, String first) {
        Supplier<Object> named = first == null ? null : COMMANDS.get(first);
        if ("--version".equals(first) || "-V".equals(first)) {
            return; // the version needs no command
        }
        if (named != null) {
            cli.addSubcommand(first, named.get());
        } else {
            COMMANDS.forEach((name, command) -> cli.addSubcommand(name, command.get()));
        }
    }
}
