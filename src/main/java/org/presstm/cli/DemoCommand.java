package org.presstm.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.presstm.PresstmException;
import org.presstm.glossary.Glossary;
import org.presstm.glossary.TermBases;
import org.presstm.glossary.TermHit;
import org.presstm.io.TextFiles;
import org.presstm.lang.Language;
import org.presstm.segment.SegmentFormat;
import org.presstm.segment.SegmentedText;
import org.presstm.segment.Segmenters;
import org.presstm.segment.TextSegmentation;

/**
 * {@code presstm demo}: the whole pipeline, as far as it exists, on a release the project bundles (written
 * by the project in az, en and ru), in a fresh project folder. Each capability adds its step here.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run presstm's pipeline on a bundled sample release, in a fresh project folder.")
final class DemoCommand implements Callable<Integer> {
    static final String RELEASE = "2026-03-12_estonia-delegation";
    static final String[] BUNDLED_GLOSSARIES = {"parliament.tbx", "countries.tbx"};

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Folder to create (must not exist or be empty); default: presstm-demo[-N] here.")
    Path output;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = output != null ? checkFresh(output) : freshDefault();
        Path release = dir.resolve("releases").resolve(RELEASE);
        Files.createDirectories(dir.resolve("tm"));
        Files.createDirectories(dir.resolve("glossaries"));
        Files.createDirectories(release);
        out.println("presstm demo: project folder " + dir);

        out.println("1. segment: the release in three languages into sentences (OpenNLP models)");
        TextSegmentation segmentation = new TextSegmentation(new Segmenters(), false);
        for (Language lang : Language.values()) {
            String text = bundled(lang);
            Path file = release.resolve(lang.code() + ".txt");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            SegmentedText t = segmentation.segment(file.toString(), text, Optional.empty(), false);
            Path seg = release.resolve(lang.code() + ".sent");
            StringWriter sw = new StringWriter();
            try (PrintWriter w = new PrintWriter(sw)) {
                SegmentFormat.TEXT.write(List.of(t), w);
            }
            Files.writeString(seg, sw.toString(), StandardCharsets.UTF_8);
            out.printf("   %s: %d sentences in %d paragraphs, language detected: %s -> %s%n",
                    dir.relativize(file), t.segments().size(), t.paragraphCount(),
                    t.detected() == null ? "?" : t.detected(), dir.relativize(seg));
            if (lang == Language.AZ) {
                t.segments().stream().limit(4).forEach(s -> out.println("      | " + s.text()));
            }
        }
        glossaryStep(dir, out);
        out.println("done. Try: presstm segment --format json " + release.resolve("az.txt"));
        out.flush();
        return ExitCode.OK;
    }

    /** Step 2: the shipped term bases into the project, then every term found in each version. */
    private static void glossaryStep(Path dir, PrintWriter out) throws IOException {
        for (String base : BUNDLED_GLOSSARIES) {
            try (InputStream in = DemoCommand.class.getResourceAsStream("/glossaries/" + base)) {
                if (in == null) {
                    throw new PresstmException("term base " + base + " missing from the jar");
                }
                Files.copy(in, dir.resolve("glossaries").resolve(base));
            }
        }
        Glossary glossary = Glossary.of(TermBases.loadProject(dir));
        out.printf("2. glossary: %d concepts from glossaries/%s; terms found in the release, inflected forms included%n",
                glossary.concepts().size(), String.join(", glossaries/", BUNDLED_GLOSSARIES));
        for (Language lang : Language.values()) {
            List<TermHit> hits = glossary.scan(bundled(lang), lang);
            String sample = hits.stream().limit(6).map(h -> h.form() + " (" + h.concept().id() + ")")
                    .collect(Collectors.joining(", "));
            out.printf("   %s: %d term occurrences, e.g. %s%n", lang, hits.size(), sample);
        }
    }

    static String bundled(Language lang) {
        String resource = "/demo/release/" + lang.code() + ".txt";
        try (InputStream in = DemoCommand.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new PresstmException("demo release " + resource + " missing from the jar");
            }
            return TextFiles.decodeTrusted(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
