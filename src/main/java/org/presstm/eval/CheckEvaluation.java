package org.presstm.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.presstm.InvalidInputException;
import org.presstm.align.Aligner;
import org.presstm.glossary.Glossary;
import org.presstm.io.TextFiles;
import org.presstm.lang.Language;
import org.presstm.qa.CheckContext;
import org.presstm.qa.CheckRunner;
import org.presstm.qa.Checks;
import org.presstm.qa.Finding;
import org.presstm.qa.ParallelSegment;
import org.presstm.qa.ReleaseFrame;
import org.presstm.qa.ReleaseInput;
import org.presstm.qa.SegmentSource;
import org.presstm.segment.Segmenters;

/**
 * {@code presstm eval check}: the checks on real releases in two or three languages (aligned on the fly, as
 * {@code check --az --en --ru} does), first as published (findings on clean text, per check), then on copies
 * with one known error each ({@link ErrorInjector}), per {@link ErrorPlacement} of the errors of content: the
 * share caught by the check that should catch it, and by any check. A finding counts for an injected error when it is new against the clean run (same check,
 * segment text and marked parts). Not thread-safe.
 */
public final class CheckEvaluation {
    /** One release or story: its name and its versions. */
    public record Item(String name, Map<Language, String> texts) {
    }

    private final CheckContext context;
    private final ReleaseInput input;
    private final ErrorInjector injector;

    private PrintWriter misses;
    private PrintWriter cleanFindings;

    /** Lists each injected error no check caught, or no expected check caught, with the changed text. */
    public CheckEvaluation listMisses(PrintWriter out) {
        this.misses = out;
        return this;
    }

    /** Lists each finding on the clean (published) text, for reading by hand which are false. */
    public CheckEvaluation listCleanFindings(PrintWriter out) {
        this.cleanFindings = out;
        return this;
    }

    public CheckEvaluation(CheckContext context) {
        this.context = context;
        this.input = new ReleaseInput(new Segmenters(), new Aligner(context.glossary().map(Glossary::matcher).orElse(null)));
        this.injector = new ErrorInjector(context.glossary());
    }

    /** Folders under {@code corpus} with two or three of az.txt, en.txt, ru.txt, sorted. */
    public static List<Item> findItems(Path corpus) {
        if (!Files.isDirectory(corpus)) {
            throw new InvalidInputException(corpus, 0, "not a folder");
        }
        try (Stream<Path> walk = Files.walk(corpus, 3)) {
            List<Item> out = new ArrayList<>();
            for (Path dir : walk.filter(Files::isDirectory).sorted().toList()) {
                Map<Language, String> texts = new EnumMap<>(Language.class);
                for (Language l : Language.values()) {
                    Path f = dir.resolve(l.code() + ".txt");
                    if (Files.isRegularFile(f)) {
                        texts.put(l, TextFiles.readUtf8(f));
                    }
                }
                if (texts.size() >= 2) {
                    out.add(new Item(corpus.relativize(dir).toString(), texts));
                }
            }
            return out;
        } catch (IOException e) {
            throw new InvalidInputException(corpus, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    List<Finding> findings(Item item, Map<Language, String> texts) {
        return findings(item, input.segments(item.name(), texts));
    }

    private List<Finding> findings(Item item, List<ParallelSegment> segments) {
        return new CheckRunner(Checks.create(context)).run(item.name(), SegmentSource.of(segments)).findings();
    }

    /**
     * Per target, where errors of content may go ({@link ErrorPlacement}), each part with the texts a
     * reader compares it with: in the body, the parts of segments that translate a source sentence, without the
     * release's frame ({@link ReleaseFrame#body}), with that source; anywhere, each segment's whole text, with
     * the segment's other versions and, for a frame line, the other versions' frame lines too.
     */
    private static Map<Language, List<ErrorInjector.Part>> places(List<ParallelSegment> segments,
            ErrorPlacement placement) {
        Map<Language, List<ErrorInjector.Part>> out = new EnumMap<>(Language.class);
        for (ParallelSegment s : segments) {
            if (placement == ErrorPlacement.BODY && (s.sourceText().isBlank() || s.isFrame(s.sourceLanguage()))) {
                continue;
            }
            for (Language l : s.translatedLanguages()) {
                String target = s.target(l).orElseThrow();
                List<ErrorInjector.Part> parts = out.computeIfAbsent(l, k -> new ArrayList<>());
                if (placement == ErrorPlacement.ANYWHERE) {
                    parts.add(new ErrorInjector.Part(target, target, compared(s, l, segments), s.isFrame(l)));
                } else if (!s.isFrame(l)) {
                    for (String part : ReleaseFrame.body(target, l)) {
                        parts.add(ErrorInjector.Part.of(s.sourceLanguage(), s.sourceText(), target, part));
                    }
                }
            }
        }
        return out;
    }

    /**
     * What a reader compares the text of {@code language} in a segment with: the segment's other versions,
     * and for a frame line the other versions' frame lines as well (a release's date lines carry one date in
     * every version, wherever the aligner put them).
     */
    private static Map<Language, String> compared(ParallelSegment s, Language language, List<ParallelSegment> all) {
        Map<Language, String> out = new EnumMap<>(Language.class);
        List<Language> others = new ArrayList<>(s.targetLanguages());
        others.add(s.sourceLanguage());
        others.remove(language);
        for (Language o : others) {
            StringBuilder text = new StringBuilder(s.text(o));
            if (s.isFrame(language)) {
                for (ParallelSegment f : all) {
                    if (f != s && f.isFrame(o)) {
                        text.append('\n').append(f.text(o));
                    }
                }
            }
            if (!text.toString().isBlank()) {
                out.put(o, text.toString());
            }
        }
        return out;
    }

    /**
     * Findings per check on the clean items, and per placement and kind of injected error what was caught.
     * Each placement draws its places with its own random of the seed, so either figure is repeatable alone.
     */
    public void run(List<Item> items, int perItem, long seed, List<ErrorPlacement> placements, PrintWriter out) {
        Map<String, Integer> clean = new TreeMap<>();
        Map<ErrorPlacement, Map<ErrorInjector.Kind, int[]>> caught = new EnumMap<>(ErrorPlacement.class);
        Map<ErrorPlacement, Random> randoms = new EnumMap<>(ErrorPlacement.class);
        for (ErrorPlacement p : placements) {
            Map<ErrorInjector.Kind, int[]> tally = new EnumMap<>(ErrorInjector.Kind.class);
            for (ErrorInjector.Kind k : ErrorInjector.Kind.values()) {
                tally.put(k, new int[3]);
            }
            caught.put(p, tally);
            randoms.put(p, new Random(seed));
        }
        for (Item item : items) {
            List<ParallelSegment> cleanSegments = input.segments(item.name(), item.texts());
            List<Finding> before = findings(item, cleanSegments);
            before.forEach(f -> clean.merge(f.check(), 1, Integer::sum));
            if (cleanFindings != null) {
                before.forEach(f -> cleanFindings.printf("  CLEAN %-22s %s %s %s: %s %s%n    src: %s%n    tgt: %s%n",
                        f.check(), item.name(), f.segment(), f.language().code(), f.message(), f.markedParts(),
                        f.source(), f.target()));
            }
            Language source = item.texts().containsKey(Language.AZ) ? Language.AZ : Language.EN;
            for (ErrorPlacement placement : caught.keySet()) {
                Map<Language, List<ErrorInjector.Part>> places = places(cleanSegments,
                        placement == ErrorPlacement.BODY ? ErrorPlacement.BODY : ErrorPlacement.ANYWHERE);
                Map<Language, List<ErrorInjector.Part>> outside = placement == ErrorPlacement.FRAME
                        ? places(cleanSegments, ErrorPlacement.BODY) : Map.of();
                for (ErrorInjector.Kind kind : ErrorInjector.Kind.values()) {
                    for (int i = 0; i < perItem; i++) {
                        Optional<Map<Language, String>> injected = injector.inject(kind, item.texts(), source, places, outside,
                                randoms.get(placement));
                        if (injected.isPresent()) {
                            int[] t = caught.get(placement).get(kind);
                            int expectedBefore = t[1];
                            int anyBefore = t[2];
                            score(kind, before, findings(item, injected.get()), t);
                            if (misses != null && t[1] == expectedBefore) {
                                misses.printf("  MISS %-8s %-18s %s %s %s%n", placement.name().toLowerCase(Locale.ROOT),
                                        kind, t[2] == anyBefore ? "by all" : "by it", item.name(),
                                        change(item.texts(), injected.get()));
                            }
                        }
                    }
                }
            }
            out.printf("  %-60s %3d findings on the clean text%n", item.name(), before.size());
            out.flush();
        }
        printClean(items.size(), clean, out);
        caught.forEach((placement, tally) -> printCaught(placement, tally, out));
        out.flush();
    }

    private static void score(ErrorInjector.Kind kind, List<Finding> before, List<Finding> after, int[] tally) {
        Map<String, Integer> old = new HashMap<>();
        before.forEach(f -> old.merge(key(f), 1, Integer::sum));
        boolean expected = false;
        boolean any = false;
        for (Finding f : after) {
            if (old.merge(key(f), -1, Integer::sum) >= 0) {
                continue;
            }
            any = true;
            expected |= f.check().equals(kind.expected) || f.check().startsWith(kind.expected + ".");
        }
        tally[0]++;
        tally[1] += expected ? 1 : 0;
        tally[2] += any ? 1 : 0;
    }

    /** Where the injected copy differs from the release: the language and the changed span in context. */
    private static String change(Map<Language, String> before, Map<Language, String> after) {
        for (Map.Entry<Language, String> e : after.entrySet()) {
            String a = before.get(e.getKey());
            String b = e.getValue();
            if (a.equals(b)) {
                continue;
            }
            int p = 0;
            while (p < a.length() && p < b.length() && a.charAt(p) == b.charAt(p)) {
                p++;
            }
            int s = 0;
            while (s < a.length() - p && s < b.length() - p && a.charAt(a.length() - 1 - s) == b.charAt(b.length() - 1 - s)) {
                s++;
            }
            int from = Math.max(0, p - 30);
            return (e.getKey() + " [" + a.substring(from, p) + "{" + a.substring(p, a.length() - s) + " => "
                    + b.substring(p, b.length() - s) + "}" + a.substring(a.length() - s, Math.min(a.length(), a.length() - s + 30))
                    + "]").replace("\n", "⏎");
        }
        return "(no change)";
    }

    private static String key(Finding f) {
        return f.check() + "\u0000" + f.language() + "\u0000" + f.source() + "\u0000" + String.join("|", f.markedParts());
    }

    private static void printClean(int items, Map<String, Integer> clean, PrintWriter out) {
        out.printf("%nfindings on clean text (%d releases), per check:%n", items);
        out.printf("  %-28s %8s %12s%n", "check", "findings", "per release");
        int total = 0;
        for (Map.Entry<String, Integer> e : clean.entrySet()) {
            out.printf("  %-28s %8d %12.2f%n", e.getKey(), e.getValue(), e.getValue() / (double) items);
            total += e.getValue();
        }
        out.printf("  %-28s %8d %12.2f%n", "total", total, total / (double) items);
    }

    private static void printCaught(ErrorPlacement placement, Map<ErrorInjector.Kind, int[]> caught,
            PrintWriter out) {
        out.printf("%ninjected errors, one per copy; errors of content %s:%n", switch (placement) {
            case BODY -> "in translated body text only";
            case ANYWHERE -> "anywhere a reader comparing the versions sees them, frame included";
            case FRAME -> "only in the frame (frame lines, date line or attribution in a sentence), where seen";
        });
        out.printf("  %-20s %-22s %8s %16s %14s%n", "error", "expected check", "injected", "caught by it", "by any check");
        int n = 0;
        int hit = 0;
        int hitAny = 0;
        for (Map.Entry<ErrorInjector.Kind, int[]> e : caught.entrySet()) {
            int[] t = e.getValue();
            out.printf("  %-20s %-22s %8d %9d (%3.0f%%) %7d (%3.0f%%)%n", e.getKey().name().toLowerCase(Locale.ROOT),
                    e.getKey().expected, t[0], t[1], pct(t[1], t[0]), t[2], pct(t[2], t[0]));
            n += t[0];
            hit += t[1];
            hitAny += t[2];
        }
        out.printf("  %-20s %-22s %8d %9d (%3.0f%%) %7d (%3.0f%%)%n", "all", "", n, hit, pct(hit, n), hitAny, pct(hitAny, n));
    }

    private static double pct(int a, int b) {
        return b == 0 ? 0 : 100.0 * a / b;
    }
}
