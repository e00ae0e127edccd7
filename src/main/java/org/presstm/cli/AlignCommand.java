package org.presstm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.presstm.align.AlignText;
import org.presstm.align.Aligner;
import org.presstm.align.Alignment;
import org.presstm.align.Archive;
import org.presstm.align.Bead;
import org.presstm.align.Release;
import org.presstm.align.ReleaseAligner;
import org.presstm.align.ReviewPage;
import org.presstm.eval.GoldAlignment;
import org.presstm.glossary.TermBase;
import org.presstm.glossary.TermBases;
import org.presstm.glossary.TermMatcher;
import org.presstm.lang.Language;
import org.presstm.segment.Segmenters;

/** {@code presstm align}: sentence alignment of the az, en and ru versions of releases. */
@Command(name = "align", mixinStandardHelpOptions = true,
        description = {"Align the az, en and ru versions of releases sentence by sentence and form translation units.",
                "  presstm align --az A.txt --en E.txt --ru R.txt [--into-tm] [-o OUT.tmx] [--review OUT.html]",
                "  presstm align DIR            (a release folder, or an archive of them: az.txt, en.txt, ru.txt)",
                "  presstm align --presegmented --from az --to en SRC TGT   (one sentence a line; prints beads)",
                "Low-confidence units are not written unless --accept-low; --review shows them for checking."})
final class AlignCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--az", paramLabel = "FILE", description = "The Azerbaijani version.")
    Path az;

    @Option(names = "--en", paramLabel = "FILE", description = "The English version.")
    Path en;

    @Option(names = "--ru", paramLabel = "FILE", description = "The Russian version.")
    Path ru;

    @Parameters(paramLabel = "DIR|SRC TGT", arity = "0..2",
            description = "A release folder or an archive of them; with --presegmented, the two files.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--presegmented", description = "SRC and TGT hold one sentence a line; print the beads.")
    boolean presegmented;

    @Option(names = "--from", paramLabel = "LANG", description = "Language of SRC (with --presegmented).")
    String from;

    @Option(names = "--to", paramLabel = "LANG", description = "Language of TGT (with --presegmented).")
    String to;

    @Option(names = "--scores", description = "With --presegmented: a tab and the bead's confidence after each bead.")
    boolean scores;

    @Option(names = "--into-tm", description = "Add the units to the project's memory (<project>/tm/memory.db).")
    boolean intoTm;

    @Option(names = "--tm", paramLabel = "PATH", description = "The memory file for --into-tm.")
    Path tm;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.tmx", description = "Write the units to a TMX file.")
    Path tmx;

    @Option(names = "--review", paramLabel = "OUT.html", description = "Write a review page (self-contained HTML).")
    Path review;

    @Option(names = "--accept-low", description = "Also write low-confidence units to the memory and TMX.")
    boolean acceptLow;

    @Option(names = "--threads", paramLabel = "N",
            description = "Releases of an archive aligned at once (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        if (presegmented) {
            return presegmented();
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Segmenters segmenters = new Segmenters();
        Aligner aligner = aligner();
        Archive archive = new Archive(() -> new ReleaseAligner(segmenters, aligner), acceptLow, Math.max(1, threads));
        List<Release> releases = releases(archive, err);
        archive.skipped().forEach(w -> err.println("presstm: warning: skipped " + w));
        Archive.Summary summary = new AlignOutput(ProjectLayout.project(spec), tm, tmx, intoTm, acceptLow)
                .write(releases, out);
        for (Release r : releases) {
            r.warnings().forEach(w -> err.println("presstm: warning: " + r.name() + ": " + w));
        }
        if (review != null) {
            writeReview(releases);
            out.println("review page: " + review);
        }
        out.printf(Locale.ROOT, "%d release(s), %d units (%d low-confidence, %.1f%% of units%s), %d sentences%n",
                summary.releases(), summary.units(), summary.low(), 100 * summary.lowShare(),
                acceptLow ? ", accepted" : ", not written", summary.sentences());
        out.flush();
        return ExitCode.OK;
    }

    private List<Release> releases(Archive archive, PrintWriter err) {
        if (!inputs.isEmpty()) {
            if (inputs.size() != 1 || az != null || en != null || ru != null) {
                throw new IllegalArgumentException("give either one DIR or --az/--en/--ru files");
            }
            boolean terminal = System.console() != null;
            List<Release> list = archive.alignAll(Archive.folders(inputs.get(0)), (done, total, name) -> {
                if (terminal) {
                    err.printf("\r[%d/%d] %s\u001b[K", done, total, name);
                    err.flush();
                }
            });
            if (terminal) {
                err.println();
            }
            return list;
        }
        Map<Language, Path> files = new EnumMap<>(Language.class);
        put(files, Language.AZ, az);
        put(files, Language.EN, en);
        put(files, Language.RU, ru);
        if (files.size() < 2) {
            throw new IllegalArgumentException("give two or three of --az, --en, --ru (or a DIR)");
        }
        String name = files.values().iterator().next().toAbsolutePath().getParent().getFileName().toString();
        return List.of(archive.aligner().alignFiles(name, files));
    }

    private static void put(Map<Language, Path> files, Language lang, Path file) {
        if (file != null) {
            files.put(lang, file);
        }
    }

    private int presegmented() {
        if (inputs.size() != 2 || from == null || to == null) {
            throw new IllegalArgumentException("--presegmented needs --from, --to and two files SRC TGT");
        }
        Language s = Language.of(from);
        Language t = Language.of(to);
        Alignment a = aligner().align(AlignText.of(s, GoldAlignment.lines(inputs.get(0))),
                AlignText.of(t, GoldAlignment.lines(inputs.get(1))));
        PrintWriter out = spec.commandLine().getOut();
        for (Bead b : a.beads()) {
            out.println(scores ? b + "\t" + String.format(Locale.ROOT, "%.3f", b.confidence()) : b.toString());
        }
        out.flush();
        a.warnings().forEach(w -> spec.commandLine().getErr().println("presstm: warning: " + w));
        return ExitCode.OK;
    }

    private Aligner aligner() {
        TermBase terms = TermBases.loadProject(ProjectLayout.project(spec));
        return new Aligner(terms.size() == 0 ? null : new TermMatcher(terms));
    }

    private void writeReview(List<Release> releases) {
        try {
            Files.writeString(review, ReviewPage.html(releases), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + review + ": " + e.getMessage(), e);
        }
    }
}
