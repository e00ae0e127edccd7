package org.presstm.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filters.FilterConfigurationMapper;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.filters.xliff.XLIFFFilter;
import net.sf.okapi.lib.verification.Issue;
import net.sf.okapi.lib.verification.QualityCheckSession;

import org.presstm.align.Aligner;
import org.presstm.glossary.Glossary;
import org.presstm.lang.Language;
import org.presstm.qa.CheckContext;
import org.presstm.qa.CheckRunner;
import org.presstm.qa.Checks;
import org.presstm.qa.Finding;
import org.presstm.qa.ParallelSegment;
import org.presstm.qa.ReleaseInput;
import org.presstm.qa.SegmentSource;
import org.presstm.qa.XliffInput;
import org.presstm.segment.Segmenters;
import org.presstm.xml.XmlText;

/**
 * presstm's checks and Okapi's CheckMate engine ({@code okapi-lib-verification} 1.47.0, default settings,
 * schema check off) side by side on the same XLIFF 1.2: each release's aligned segments become one file
 * (source → first target, the first word of each side in a {@code <g>}), and copies of it get one known error
 * each. An error counts as caught by a tool when the tool reports more at that unit than it does on the clean
 * file. Clean files also show what each tool reports on published text. Not thread-safe.
 */
public final class CheckMateComparison {
    /** Errors put into the XLIFF. */
    enum Kind {
        NUMBER, DATE, MISSING_CODE, EMPTY_TARGET, TARGET_IS_SOURCE, UNBALANCED_BRACKET, DOUBLE_SPACE,
        END_PUNCTUATION, DEPRECATED_TERM, MISSPELLED_NAME
    }

    private record Unit(String id, String source, String target) {
    }

    private final CheckContext context;
    private final ReleaseInput input;
    private final ErrorInjector injector;

    public CheckMateComparison(CheckContext context) {
        this.context = context;
        this.input = new ReleaseInput(new Segmenters(), new Aligner(context.glossary().map(Glossary::matcher).orElse(null)));
        this.injector = new ErrorInjector(context.glossary());
    }

    public void run(List<CheckEvaluation.Item> items, long seed, PrintWriter out) {
        Path dir;
        try {
            dir = Files.createTempDirectory("presstm-checkmate");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Random random = new Random(seed);
        Map<Kind, int[]> tally = new EnumMap<>(Kind.class);
        Map<String, Integer> presstmClean = new TreeMap<>();
        Map<String, Integer> checkmateClean = new TreeMap<>();
        int files = 0;
        for (CheckEvaluation.Item item : items) {
            Language src = item.texts().containsKey(Language.AZ) ? Language.AZ : Language.EN;
            Language trg = item.texts().keySet().stream().filter(l -> l != src).findFirst().orElseThrow();
            List<Unit> units = units(item, src, trg);
            if (units.isEmpty()) {
                continue;
            }
            files++;
            Path clean = write(dir.resolve("clean.xlf"), units, src, trg, -1, null);
            Map<String, java.util.Set<String>> p0 = presstm(clean, presstmClean);
            Map<String, java.util.Set<String>> c0 = checkmate(clean, src, trg, checkmateClean);
            for (Kind kind : Kind.values()) {
                inject(kind, units, src, trg, random).ifPresent(inj -> {
                    Path f = write(dir.resolve("injected.xlf"), units, src, trg, inj.getKey(), inj.getValue());
                    String id = units.get(inj.getKey()).id();
                    int[] t = tally.computeIfAbsent(kind, k -> new int[3]);
                    t[0]++;
                    t[1] += isNew(presstm(f, null).get(id), p0.get(id)) ? 1 : 0;
                    t[2] += isNew(checkmate(f, src, trg, null).get(id), c0.get(id)) ? 1 : 0;
                });
            }
        }
        print(files, tally, presstmClean, checkmateClean, out);
    }

    private List<Unit> units(CheckEvaluation.Item item, Language src, Language trg) {
        Map<Language, String> pair = new EnumMap<>(Language.class);
        pair.put(src, item.texts().get(src));
        pair.put(trg, item.texts().get(trg));
        List<Unit> out = new ArrayList<>();
        for (ParallelSegment s : input.segments(item.name(), pair)) {
            String t = s.target(trg).orElse("");
            if (!s.sourceText().isBlank() && !t.isBlank()) {
                out.add(new Unit("u" + (out.size() + 1), s.sourceText(), t));
            }
        }
        return out;
    }

    /** The unit index and its new target (null target: the code is dropped), or empty when no unit fits. */
    private Optional<Map.Entry<Integer, String>> inject(Kind kind, List<Unit> units, Language src, Language trg,
            Random random) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, random);
        for (int i : order) {
            Unit u = units.get(i);
            Optional<String> t = switch (kind) {
                case MISSING_CODE -> Optional.of("\u0000");
                case EMPTY_TARGET -> Optional.of("");
                case TARGET_IS_SOURCE -> Optional.of(u.source());
                case END_PUNCTUATION -> u.target().endsWith(".") ? Optional.of(u.target().substring(0, u.target().length() - 1))
                        : Optional.empty();
                default -> injector.inject(errorKind(kind), Map.of(src, u.source(), trg, u.target()), src,
                        Map.of(trg, List.of(ErrorInjector.Part.of(src, u.source(), u.target(), u.target()))), Map.of(), random)
                        .map(m -> m.get(trg));
            };
            if (t.isPresent() && !t.get().equals(u.target())) {
                return Optional.of(Map.entry(i, t.get()));
            }
        }
        return Optional.empty();
    }

    private static ErrorInjector.Kind errorKind(Kind kind) {
        return switch (kind) {
            case NUMBER -> ErrorInjector.Kind.NUMBER;
            case DATE -> ErrorInjector.Kind.DATE;
            case UNBALANCED_BRACKET -> ErrorInjector.Kind.UNBALANCED_BRACKET;
            case DOUBLE_SPACE -> ErrorInjector.Kind.DOUBLE_SPACE;
            case DEPRECATED_TERM -> ErrorInjector.Kind.DEPRECATED_TERM;
            case MISSPELLED_NAME -> ErrorInjector.Kind.MISSPELLED_NAME;
            default -> throw new IllegalArgumentException(kind.name());
        };
    }

    /** Whether the tool reports at the unit something (a check, an issue type) it did not report on the clean file. */
    private static boolean isNew(java.util.Set<String> after, java.util.Set<String> before) {
        return after != null && !(before != null && before.containsAll(after));
    }

    private Map<String, java.util.Set<String>> presstm(Path xliff, Map<String, Integer> byCheck) {
        List<ParallelSegment> segments = XliffInput.read(xliff);
        List<Finding> findings = new CheckRunner(Checks.create(context)).run("x", SegmentSource.of(segments)).findings();
        Map<String, java.util.Set<String>> perUnit = new HashMap<>();
        for (Finding f : findings) {
            perUnit.computeIfAbsent(f.segment(), k -> new java.util.HashSet<>()).add(f.check() + " " + f.message());
            if (byCheck != null) {
                byCheck.merge(f.check(), 1, Integer::sum);
            }
        }
        return perUnit;
    }

    private static Map<String, java.util.Set<String>> checkmate(Path xliff, Language src, Language trg,
            Map<String, Integer> byType) {
        QualityCheckSession session = new QualityCheckSession();
        FilterConfigurationMapper fcm = new FilterConfigurationMapper();
        fcm.addConfigurations(XLIFFFilter.class.getName());
        session.setFilterConfigurationMapper(fcm);
        session.getParameters().setCheckXliffSchema(false);
        session.getParameters().setAutoOpen(false);
        session.getParameters().setSaveSession(false);
        Map<String, java.util.Set<String>> perUnit = new HashMap<>();
        try (RawDocument rd = new RawDocument(xliff.toUri(), "UTF-8", LocaleId.fromString(src.code()),
                LocaleId.fromString(trg.code()))) {
            rd.setFilterConfigId("okf_xliff");
            session.addRawDocument(rd);
            session.recheckAll(null);
            for (Issue i : session.getIssues()) {
                perUnit.computeIfAbsent(i.getTuName() != null ? i.getTuName() : i.getTuId(), k -> new java.util.HashSet<>())
                        .add(i.getIssueType() + " " + i.getMessage());
                if (byType != null) {
                    byType.merge(i.getIssueType().name().toLowerCase(Locale.ROOT), 1, Integer::sum);
                }
            }
        }
        return perUnit;
    }

    /** The units as XLIFF 1.2; unit {@code changed} gets {@code target} ("\0": its code dropped). */
    private static Path write(Path file, List<Unit> units, Language src, Language trg, int changed, String target) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n<file original=\"release.txt\""
                + " source-language=\"" + src + "\" target-language=\"" + trg + "\" datatype=\"plaintext\"><body>\n");
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            String t = i == changed ? target : u.target();
            sb.append("<trans-unit id=\"").append(u.id()).append("\" resname=\"").append(u.id())
                    .append("\" xml:space=\"preserve\"><source>").append(coded(u.source(), true)).append("</source><target>")
                    .append(t.equals("\u0000") ? XmlText.escape(u.target()) : coded(t, !t.isEmpty() && !t.equals(u.source())))
                    .append("</target></trans-unit>\n");
        }
        sb.append("</body></file></xliff>\n");
        try {
            return Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with its first word in {@code <g id="1">}, as a bold run would be. */
    private static String coded(String text, boolean withCode) {
        int space = text.indexOf(' ');
        if (!withCode || space <= 0) {
            return XmlText.escape(text);
        }
        return "<g id=\"1\">" + XmlText.escape(text.substring(0, space)) + "</g>" + XmlText.escape(text.substring(space));
    }

    private static void print(int files, Map<Kind, int[]> tally, Map<String, Integer> presstmClean,
            Map<String, Integer> checkmateClean, PrintWriter out) {
        out.printf("%npresstm and Okapi CheckMate (okapi-lib-verification 1.47.0, defaults) on the same XLIFF 1.2, %d files:%n", files);
        out.printf("  %-20s %8s %16s %16s%n", "injected error", "copies", "presstm caught", "CheckMate caught");
        for (Map.Entry<Kind, int[]> e : tally.entrySet()) {
            int[] t = e.getValue();
            out.printf("  %-20s %8d %9d (%3.0f%%) %9d (%3.0f%%)%n", e.getKey().name().toLowerCase(Locale.ROOT), t[0],
                    t[1], 100.0 * t[1] / t[0], t[2], 100.0 * t[2] / t[0]);
        }
        out.printf("  on the clean files: presstm %s%n", presstmClean);
        out.printf("  on the clean files: CheckMate %s%n", checkmateClean);
        out.flush();
    }
}
