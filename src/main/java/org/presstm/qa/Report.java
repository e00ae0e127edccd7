package org.presstm.qa;

import java.util.List;
import java.util.Objects;

import org.presstm.lang.Language;

/**
 * The result of a check run: what was checked, how many findings each check made, and the findings in
 * document order.
 *
 * @param title     what was checked ("release az.txt, en.txt, ru.txt", "package pkg.zip", "memory tm/memory.db")
 * @param segments  the number of segments checked
 * @param documents the documents (releases, files) in the order they were read
 * @param sourceLanguage the language of the sources (of the first segment)
 * @param languages the target languages met, in report order
 * @param checks    every check that ran, with its count of findings
 * @param findings  the findings
 */
public record Report(String title, long segments, List<String> documents, Language sourceLanguage,
        List<Language> languages, List<CheckSummary> checks, List<Finding> findings) {
    public Report {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(sourceLanguage, "sourceLanguage");
        documents = List.copyOf(documents);
        languages = List.copyOf(languages);
        checks = List.copyOf(checks);
        findings = List.copyOf(findings);
    }

    /** One check's line of the summary. */
    public record CheckSummary(String id, Severity severity, String title, long findings) {
        public CheckSummary {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(title, "title");
        }
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** Whether any finding is at least as serious as the threshold. */
    public boolean hasFindingsAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }

    /** The findings of one document. */
    public List<Finding> findingsOf(String document) {
        return findings.stream().filter(f -> f.document().equals(document)).toList();
    }
}
