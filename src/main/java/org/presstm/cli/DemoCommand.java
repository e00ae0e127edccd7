package org.presstm.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.presstm.demo.DemoPipeline;

/**
 * {@code presstm demo}: the whole pipeline, as far as it exists, on releases the project bundles (written by
 * the project in az, en and ru), in a fresh project folder.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run presstm's pipeline on bundled sample releases, in a fresh project folder.")
final class DemoCommand implements Callable<Integer> {
    static final String RELEASE = DemoPipeline.PAST_RELEASE;

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Folder to create (must not exist or be empty); default: presstm-demo[-N] here.")
    Path output;

    @Override
    public Integer call() throws IOException {
        Path dir = output != null ? checkFresh(output) : freshDefault();
        new DemoPipeline(dir, spec.commandLine().getOut()).run();
        return ExitCode.OK;
    }

    /** One version of the bundled past release (benchmarks and tests use it as a typical release). */
    static String bundled(org.presstm.lang.Language lang) {
        return DemoPipeline.pastRelease(lang);
    }

    private static Path checkFresh(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var entries = Files.list(dir)) {
                if (!Files.isDirectory(dir) || entries.findAny().isPresent()) {
                    throw new IllegalArgumentException(dir + " exists and is not empty; the demo needs a fresh folder");
                }
            }
        }
        return dir;
    }

    private static Path freshDefault() {
        Path dir = Path.of("presstm-demo");
        for (int i = 2; Files.exists(dir); i++) {
            dir = Path.of("presstm-demo-" + i);
        }
        return dir;
    }
}
