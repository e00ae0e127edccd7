package org.presstm.qa;

import java.util.List;
import java.util.function.Consumer;

import org.presstm.lang.Language;
import org.presstm.lang.TextNormalizer;

/**
 * Whether everything is translated, and nothing more: {@code completeness.missing} (an empty or untranslated
 * target in a package; a dropped sentence in a release, {@link MissingCheck}), {@code completeness.added} (a
 * target sentence with no source in a release, {@link AddedCheck}), {@code completeness.same-as-source} (a
 * target identical to its source).
 */
final class CompletenessChecks {
    /** Fewer words than this may rightly stay as they are (a name, an acronym, a date line). */
    private static final int SAME_MIN_WORDS = 3;

    private CompletenessChecks() {
    }

    static List<Check> all() {
        return List.of(
                new MissingCheck(),
                new AddedCheck(),
                new Rule("completeness.same-as-source", Severity.WARNING, "A target is identical to its source",
                        CompletenessChecks::sameAsSource, () -> List.of(
                                Example.of(true, "Görüşdə deputatlar da iştirak ediblər.",
                                        "Görüşdə deputatlar da iştirak ediblər."),
                                Example.of(false, "Kristjan Tamm", "Kristjan Tamm"),
                                Example.of(false, "Görüşdə deputatlar da iştirak ediblər.",
                                        "MPs also attended the meeting."))));
    }

    private static void sameAsSource(Rule rule, ParallelSegment s, Consumer<Finding> out) {
        String source = TextNormalizer.fold(s.sourceText(), s.sourceLanguage());
        if (source.split(" ").length < SAME_MIN_WORDS) {
            return;
        }
        for (Language lang : s.translatedLanguages()) {
            String t = s.target(lang).orElseThrow();
            if (TextNormalizer.fold(t, lang).equals(source)) {
                out.accept(rule.finding(s, lang, "the " + lang + " target is the source copied: translate it",
                        List.of(new Mark(lang, 0, t.length()))));
            }
        }
    }
}
