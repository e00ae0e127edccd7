package org.presstm.qa;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.presstm.lang.Language;

/**
 * Runs checks over segments and gathers a {@link Report}: each segment goes through every check as it is
 * read (so a whole memory is never held), then each check finishes, with a second read of the segments
 * where it needs one. One run per instance of the checks ({@link Checks#create}); not thread-safe.
 */
public final class CheckRunner {
    private final List<Check> checks;

    public CheckRunner(List<Check> checks) {
        this.checks = List.copyOf(checks);
    }

    public Report run(String title, SegmentSource segments) {
        List<Finding> findings = new ArrayList<>();
        Set<String> documents = new LinkedHashSet<>();
        Set<Language> languages = EnumSet.noneOf(Language.class);
        long[] count = {0};
        Language[] source = {null};
        segments.forEach(s -> {
            count[0]++;
            documents.add(s.document());
            languages.addAll(s.targetLanguages());
            if (source[0] == null) {
                source[0] = s.sourceLanguage();
            }
            for (Check c : checks) {
                c.check(s, findings::add);
            }
        });
        for (Check c : checks) {
            c.finish(segments, findings::add);
        }
        sortByDocument(findings, documents);
        List<Report.CheckSummary> summary = checks.stream().map(c -> new Report.CheckSummary(c.id(), c.severity(),
                c.title(), findings.stream().filter(f -> f.check().equals(c.id())).count())).toList();
        return new Report(title, count[0], new ArrayList<>(documents), source[0] == null ? Language.AZ : source[0],
                new ArrayList<>(languages), summary, findings);
    }

    /** Findings of a document together, documents in reading order; within one, the order of finding. */
    private static void sortByDocument(List<Finding> findings, Set<String> documents) {
        Map<String, Integer> order = new HashMap<>();
        for (String d : documents) {
            order.put(d, order.size());
        }
        findings.sort(Comparator.comparingInt(f -> order.getOrDefault(f.document(), Integer.MAX_VALUE)));
    }
}
