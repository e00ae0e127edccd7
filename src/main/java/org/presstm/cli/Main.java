package org.presstm.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

import org.presstm.InvalidInputException;
import org.presstm.PresstmException;

/**
 * Entry point. {@link #run} is what tests call, with their own streams; {@link #main} is the only place
 * that exits the JVM. Errors become one line on stderr and an exit code (see {@link ExitCode}); the stack
 * trace only with {@code --stacktrace}.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.opennlp", "warn");
        int code = run(new PrintStream(System.out, false, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8), args);
        System.exit(code);
    }

    public static int run(PrintStream out, PrintStream err, String... args) {
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CommandLine cli = new CommandLine(new PresstmCommand());
        PresstmCommand.addCommands(cli, args.length > 0 ? args[0] : null);
        cli.setOut(outWriter);
        cli.setErr(errWriter);
        cli.setExecutionExceptionHandler(Main::handle);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        try {
            return cli.execute(args);
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    private static int handle(Exception e, CommandLine cli, ParseResult parsed) {
        PrintWriter err = cli.getErr();
        cli.getOut().flush();
        err.println("presstm: error: " + oneLine(e));
        if (parsed.originalArgs().contains("--stacktrace")) {
            e.printStackTrace(err);
        }
        err.flush();
        if (e instanceof InvalidInputException) {
            return ExitCode.BAD_INPUT;
        }
        if (e instanceof IllegalArgumentException && !(e instanceof NumberFormatException)) {
            return ExitCode.USAGE;
        }
        return ExitCode.FAILURE;
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage();
        if (message == null || (!(e instanceof PresstmException) && !(e instanceof IllegalArgumentException))) {
            message = e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        }
        int nl = message.indexOf('\n');
        return nl >= 0 ? message.substring(0, nl) : message;
    }
}
