package org.presstm.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.presstm.PresstmException;
import org.presstm.align.Aligner;
import org.presstm.align.Release;
import org.presstm.align.ReleaseAligner;
import org.presstm.align.ReviewPage;
import org.presstm.align.UnitExport;
import org.presstm.glossary.Glossary;
import org.presstm.glossary.TermBases;
import org.presstm.glossary.TermHit;
import org.presstm.io.TextFiles;
import org.presstm.lang.Language;
import org.presstm.qa.CheckContext;
import org.presstm.qa.CheckService;
import org.presstm.qa.MemoryInput;
import org.presstm.qa.Report;
import org.presstm.qa.ReportFormat;
import org.presstm.qa.Severity;
import org.presstm.segment.Segment;
import org.presstm.segment.SegmentFormat;
import org.presstm.segment.SegmentedText;
import org.presstm.segment.Segmenters;
import org.presstm.segment.TextSegmentation;
import org.presstm.tm.Match;
import org.presstm.tm.MatchQuery;
import org.presstm.tm.Memory;
import org.presstm.tm.SqliteMemory;
import org.presstm.xliff.Leverager;
import org.presstm.xliff.Manifest;
import org.presstm.xliff.PackRequest;
import org.presstm.xliff.PackResult;
import org.presstm.xliff.PackageWriter;
import org.presstm.xliff.Profile;
import org.presstm.xliff.ReleaseReader;
import org.presstm.xliff.UnpackRequest;
import org.presstm.xliff.UnpackResult;
import org.presstm.xliff.Unpacker;
import org.presstm.xliff.XliffFiller;
import org.presstm.xliff.XliffVersion;

/**
 * The whole presstm pipeline on data the project bundles (two releases the project wrote itself, in az, en
 * and ru, and the shipped term bases), in a fresh project folder: the press office's day in miniature.
 * A past release is segmented, scanned for terms and aligned into the memory; a new Azerbaijani release is
 * matched against the memory, packed for translators, "translated" (the bundled translations stand in for
 * a translator's work) and unpacked back into the memory. Each capability of presstm adds its step here.
 * Not thread-safe; one run per instance.
 */
public final class DemoPipeline {
    public static final String PAST_RELEASE = "2026-03-12_estonia-delegation";
    public static final String NEW_RELEASE = "2026-04-09_latvia-delegation";
    static final String[] BUNDLED_GLOSSARIES = {"parliament.tbx", "countries.tbx"};

    private final Path dir;
    private final PrintWriter out;
    private final Segmenters segmenters = new Segmenters();

    public DemoPipeline(Path dir, PrintWriter out) {
        this.dir = dir.toAbsolutePath().normalize();
        this.out = out;
    }

    public void run() throws IOException {
        Files.createDirectories(dir.resolve("tm"));
        Files.createDirectories(dir.resolve("glossaries"));
        out.println("presstm demo: project folder " + dir);
        Path past = writeRelease("past", PAST_RELEASE);
        Path fresh = writeRelease("new", NEW_RELEASE);
        segmentStep(past);
        Glossary glossary = glossaryStep(past);
        Path memoryFile = dir.resolve("tm").resolve("memory.db");
        try (Memory memory = SqliteMemory.open(memoryFile, true)) {
            alignStep(past, memory);
            matchStep(fresh, memory);
            PackResult pack = packStep(fresh, memory, glossary);
            unpackStep(fresh, pack, memory);
            checkStep(pack, glossary, memory);
        }
        out.println("done. Look at " + dir.resolve("review.html") + ", " + dir.resolve("check-report.html")
                + " and " + dir.resolve("packages")
                + "; try: presstm --project " + dir + " tm stats");
        out.flush();
    }

    /** Step 1: each version of the past release into sentences. */
    private void segmentStep(Path release) throws IOException {
        out.println("1. segment: the past release, in three languages, into sentences (OpenNLP models)");
        TextSegmentation segmentation = new TextSegmentation(segmenters, false);
        for (Language lang : Language.values()) {
            Path file = release.resolve(lang.code() + ".txt");
            SegmentedText t = segmentation.segment(file.toString(), TextFiles.readUtf8(file), Optional.empty(), false);
            Path sent = release.resolve(lang.code() + ".sent");
            StringWriter text = new StringWriter();
            try (PrintWriter w = new PrintWriter(text)) {
                SegmentFormat.TEXT.write(List.of(t), w);
            }
            Files.writeString(sent, text.toString(), StandardCharsets.UTF_8);
            out.printf("   %s: %d sentences in %d paragraphs, language detected: %s -> %s%n", dir.relativize(file),
                    t.segments().size(), t.paragraphCount(), t.detected() == null ? "?" : t.detected(),
                    dir.relativize(sent));
        }
    }

    /** Step 2: the shipped term bases into the project, then the terms found in each version. */
    private Glossary glossaryStep(Path release) throws IOException {
        for (String base : BUNDLED_GLOSSARIES) {
            Files.write(dir.resolve("glossaries").resolve(base), bundledBytes("/glossaries/" + base));
        }
        Glossary glossary = Glossary.of(TermBases.loadProject(dir));
        out.printf("2. glossary: %d concepts from glossaries/%s; terms found, inflected forms included%n",
                glossary.concepts().size(), String.join(", glossaries/", BUNDLED_GLOSSARIES));
        for (Language lang : Language.values()) {
            List<TermHit> hits = glossary.scan(TextFiles.readUtf8(release.resolve(lang.code() + ".txt")), lang);
            String sample = hits.stream().limit(5).map(h -> h.form() + " (" + h.concept().id() + ")")
                    .collect(Collectors.joining(", "));
            out.printf("   %s: %d term occurrences, e.g. %s%n", lang, hits.size(), sample);
        }
        return glossary;
    }

    /** Step 3: the three versions aligned sentence by sentence into the memory, with a review page. */
    private void alignStep(Path release, Memory memory) throws IOException {
        Release aligned = new ReleaseAligner(segmenters, new Aligner()).alignFolder(release);
        UnitExport.Counts counts = UnitExport.toMemory(aligned, false, memory);
        Files.writeString(dir.resolve("review.html"), ReviewPage.html(List.of(aligned)), StandardCharsets.UTF_8);
        out.printf("3. align: %d units from the past release (%d low-confidence left out) -> tm/memory.db "
                + "(%d added); review page review.html%n", aligned.units().size(), counts.lowSkipped(),
                counts.added());
    }

    /** Step 4: a sentence of the new release looked up in the memory: a fuzzy match, differences marked. */
    private void matchStep(Path release, Memory memory) throws IOException {
        List<Segment> sentences = segmenters.forLanguage(Language.AZ, false)
                .segment(TextFiles.readUtf8(release.resolve("az.txt")));
        Segment query = sentences.stream().filter(s -> s.text().contains("Latviya Seymi")).findFirst()
                .orElse(sentences.get(sentences.size() - 1));
        out.println("4. match: a sentence of the new release against the memory");
        out.println("   az:    " + query.text());
        List<Match> matches = memory.match(MatchQuery.of(query.text(), "az", List.of("en", "ru"), 50, 1));
        if (matches.isEmpty()) {
            out.println("   no match at 50% or more");
            return;
        }
        Match best = matches.get(0);
        out.printf("   %3d%%   %s%n", best.score(), best.markedSource());
        best.targets().forEach(v -> out.printf("   %-6s %s%n", v.lang() + ":", v.text().plain()));
    }

    /** Step 5: the new release packed for the English and Russian translators. */
    private PackResult packStep(Path release, Memory memory, Glossary glossary) throws IOException {
        Path packages = dir.resolve("packages");
        // The package and the translated release are named after the file: give it the release's name.
        Path source = Files.copy(release.resolve("az.txt"), release.resolve(release.getFileName() + ".txt"));
        PackRequest request = new PackRequest(source, Language.AZ,
                List.of(Language.EN, Language.RU), packages, XliffVersion.V1_2, Profile.GENERIC, true,
                Optional.of(packages), Optional.empty(), Instant.now().truncatedTo(ChronoUnit.SECONDS), true);
        PackResult result = new PackageWriter(new ReleaseReader(segmenters),
                new Leverager(Optional.of(memory), Optional.of(glossary.matcher()))).pack(request);
        out.println("5. pack: XLIFF 1.2 + TMX + TBX per target language -> " + dir.relativize(result.folder()));
        for (Manifest.Target t : result.manifest().targets()) {
            out.print(t.report().format(Language.AZ).indent(3));
        }
        return result;
    }

    /** Step 6: the translators' work (the bundled translations stand in) taken back into the memory. */
    private void unpackStep(Path release, PackResult pack, Memory memory) throws IOException {
        out.println("6. unpack: translated XLIFF back into the memory and the translated release");
        Map<Language, Map<String, String>> translations = bundledTranslations(release);
        Unpacker unpacker = new Unpacker(memory);
        for (Manifest.Target t : pack.manifest().targets()) {
            Path xlf = pack.folder().resolve(t.xliff());
            Map<String, String> byAz = translations.get(t.language());
            XliffFiller.xliff12(xlf, xlf, az -> byAz.getOrDefault(az, az), "translated");
            UnpackResult r = unpacker.unpack(new UnpackRequest(xlf, Optional.of(dir.resolve("packages")),
                    dir.resolve("translated"), UnpackRequest.DEFAULT_STATES, Optional.of("demo translator"),
                    Instant.now().truncatedTo(ChronoUnit.SECONDS)));
            for (UnpackResult.LanguageResult l : r.languages()) {
                out.printf("   %s: %d of %d segments confirmed -> %s; memory: %d added, %d merged%n", l.language(),
                        l.confirmed(), l.segments(), dir.relativize(l.output()), r.added(), r.merged());
            }
        }
    }

    /** Step 7: consistency report on the translated package, against the glossary and the memory. */
    private void checkStep(PackResult pack, Glossary glossary, Memory memory) throws IOException {
        CheckContext context = new CheckContext(Optional.of(glossary), MemoryInput.lookup(memory));
        Report report = new CheckService(context, List.of()).checkPackage(pack.folder());
        Path html = dir.resolve("check-report.html");
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(html, StandardCharsets.UTF_8))) {
            ReportFormat.HTML.write(report, w);
        }
        out.printf("7. check: %d segments of the translated package: %d errors, %d warnings -> %s%n",
                report.segments(), report.count(Severity.ERROR), report.count(Severity.WARNING), dir.relativize(html));
        StringWriter text = new StringWriter();
        try (PrintWriter w = new PrintWriter(text)) {
            ReportFormat.TEXT.write(report, w);
        }
        // The findings, without the summary table's rows for checks that found nothing.
        text.toString().lines().skip(1).filter(l -> !l.isBlank() && !l.matches("\\S+\\s+\\S+\\s+0"))
                .limit(8).forEach(l -> out.println("   " + l));
    }

    /** The bundled en and ru versions of the new release, sentence by sentence against the az one. */
    private Map<Language, Map<String, String>> bundledTranslations(Path release) throws IOException {
        List<Segment> az = segmenters.forLanguage(Language.AZ, false).segment(
                TextFiles.readUtf8(release.resolve("az.txt")));
        Map<Language, Map<String, String>> out = new EnumMap<>(Language.class);
        for (Language lang : List.of(Language.EN, Language.RU)) {
            List<Segment> target = segmenters.forLanguage(lang, false).segment(
                    TextFiles.readUtf8(release.resolve(lang.code() + ".txt")));
            if (target.size() != az.size()) {
                throw new PresstmException("bundled demo release: " + lang + " has " + target.size()
                        + " sentences, az has " + az.size());
            }
            Map<String, String> pairs = new HashMap<>();
            for (int i = 0; i < az.size(); i++) {
                pairs.put(az.get(i).text(), target.get(i).text());
            }
            out.put(lang, pairs);
        }
        return out;
    }

    private Path writeRelease(String bundle, String name) throws IOException {
        Path release = Files.createDirectories(dir.resolve("releases").resolve(name));
        for (Language lang : Language.values()) {
            Files.write(release.resolve(lang.code() + ".txt"), bundledBytes("/demo/" + bundle + "/" + lang.code() + ".txt"));
        }
        return release;
    }

    /** The text of one version of the past release, as bundled in the jar. */
    public static String pastRelease(Language lang) {
        return TextFiles.decodeTrusted(bundledBytes("/demo/past/" + lang.code() + ".txt"));
    }

    private static byte[] bundledBytes(String resource) {
        try (InputStream in = DemoPipeline.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new PresstmException("demo data " + resource + " missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
