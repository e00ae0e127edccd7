package org.presstm.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.presstm.glossary.TermBase;
import org.presstm.glossary.TermBases;

/** {@code presstm glossary export -o FILE}: the project's term bases as one TBX, CSV or TSV file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the term bases (merged) to one file; its extension picks the format: .tbx "
                + "(TBX-Basic martif, for OmegaT, Trados, memoQ), .csv or .tsv (id, az, en, ru, status, ...).")
final class GlossaryExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    GlossarySource source;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The file to write.")
    Path output;

    @Override
    public Integer call() {
        TermBase base = source.load(spec);
        GlossaryImportCommand.createParent(output);
        TermBases.write(base, List.of("Exported by presstm."), output);
        PrintWriter out = spec.commandLine().getOut();
        out.println("exported " + base.size() + " concepts to " + output);
        out.flush();
        return ExitCode.OK;
    }
}
