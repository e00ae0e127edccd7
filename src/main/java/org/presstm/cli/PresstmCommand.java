package org.presstm.cli;

import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top command: global options and the list of commands. */
@Command(name = "presstm", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Translation memory for multilingual press releases (Azerbaijani, English, Russian).",
        subcommands = {SegmentCommand.class, DemoCommand.class, TrainSegmenterCommand.class, EvalCommand.class,
                BenchCommand.class, GlossaryCommand.class, TmCommand.class, AlignCommand.class, CheckCommand.class,
                PackCommand.class, UnpackCommand.class},
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
}
