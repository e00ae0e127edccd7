package org.presstm.qa;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.presstm.lang.Language;

/**
 * One problem found by a check, with everything a report shows: where (document, segment), the texts side
 * by side, the offending parts marked, and a message that says what to do.
 *
 * @param check          the id of the check ("numbers.missing")
 * @param severity       the check's severity
 * @param document       the release or file
 * @param segment        the segment's id in the document
 * @param sourceLanguage the language of {@code source}
 * @param source         the source text (plain)
 * @param targets        every target of the segment (plain), in report order
 * @param language       the target the finding is about, or the source language when it is about the
 *                       segment as a whole
 * @param message        what is wrong and what to do about it
 * @param marks          the offending parts, in any of the texts
 */
public record Finding(String check, Severity severity, String document, String segment, Language sourceLanguage,
        String source, Map<Language, String> targets, Language language, String message, List<Mark> marks) {
    public Finding {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(sourceLanguage, "sourceLanguage");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(message, "message");
        Map<Language, String> copy = new EnumMap<>(Language.class);
        copy.putAll(targets);
        targets = Collections.unmodifiableMap(copy);
        marks = List.copyOf(marks);
        for (Mark m : marks) {
            int length = m.language() == sourceLanguage ? source.length()
                    : copy.getOrDefault(m.language(), "").length();
            if (m.end() > length) {
                throw new IllegalArgumentException("mark " + m + " lies outside the " + m.language() + " text");
            }
        }
    }

    /** A finding about a segment, from a check, with the segment's texts. */
    public static Finding of(Check check, ParallelSegment s, Language language, String message, List<Mark> marks) {
        Map<Language, String> targets = new EnumMap<>(Language.class);
        for (Language l : s.targetLanguages()) {
            s.target(l).ifPresent(t -> targets.put(l, t));
        }
        return new Finding(check.id(), check.severity(), s.document(), s.id(), s.sourceLanguage(), s.sourceText(),
                targets, language, message, marks);
    }

    /** The text of {@code language} as the finding carries it ("" for a missing target). */
    public String text(Language language) {
        return language == sourceLanguage ? source : targets.getOrDefault(language, "");
    }

    /** The target the finding is about ("" for a segment-wide finding or a missing target). */
    public String target() {
        return language == sourceLanguage ? "" : text(language);
    }

    /** The marked parts, as written, in order. */
    public List<String> markedParts() {
        return marks.stream().filter(m -> m.end() > m.start())
                .map(m -> text(m.language()).substring(m.start(), m.end())).toList();
    }
}
