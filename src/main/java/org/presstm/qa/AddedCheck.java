package org.presstm.qa;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.presstm.align.ReleaseStructure.Role;
import org.presstm.lang.Language;
import org.presstm.lang.NumberReader;
import org.presstm.lang.Quantity;
import org.presstm.tm.TaggedText;

/**
 * {@code completeness.added}: a target sentence of a release with no source sentence. Not reported: the frame
 * each agency adds its own way (headline, date line, byline, source line), and a sentence whose numbers and
 * dates the source has, all of them, elsewhere: a free translation that said part of a source sentence apart
 * ("The visit will end on June 4." for "... from 31 May to 4 June ..."), which the aligner could not pair.
 */
final class AddedCheck extends ReleaseCheck {
    AddedCheck() {
        super("completeness.added", Severity.WARNING, "A target sentence has no source sentence");
    }

    @Override
    public List<Example> examples() {
        return List.of(
                Example.of(true, release("", Map.of(Language.EN, "The meeting also discussed the budget."))),
                Example.of(false, release("Səfər iyunun 4-də başa çatacaq.",
                        Map.of(Language.EN, "The visit will end on June 4."))),
                // an agency's byline, as the release's structure tells it
                Example.of(false, release("", Map.of(Language.EN, "By Trend"))
                        .withRoles(Map.of(Language.EN, Role.BYLINE))));
    }

    private static ParallelSegment release(String az, Map<Language, String> targets) {
        Map<Language, TaggedText> tagged = new EnumMap<>(Language.class);
        targets.forEach((l, t) -> tagged.put(l, TaggedText.of(t)));
        return new ParallelSegment("example", "s1", Origin.RELEASE, Language.AZ, TaggedText.of(az),
                List.of(Language.EN), tagged);
    }

    @Override
    void judge(ParallelSegment s, ReleaseDocument release, int index, Consumer<Finding> out) {
        if (!s.sourceText().isBlank()) {
            return;
        }
        for (Language lang : s.translatedLanguages()) {
            if (s.isFrame(lang)) {
                continue; // the agency's own headline, date line, byline or source line
            }
            String t = s.target(lang).orElseThrow();
            if (release != null && restates(t, lang, release.all(s.sourceLanguage()))) {
                continue;
            }
            out.accept(finding(s, lang, "this " + lang + " sentence has no " + s.sourceLanguage()
                    + " counterpart: remove it, or add it to the source", List.of(new Mark(lang, 0, t.length()))));
        }
    }

    /** Whether the sentence has numbers or dates and the source has every one of them. */
    private static boolean restates(String sentence, Language lang, List<Quantity> inSource) {
        List<Quantity> own = NumberReader.of(lang).read(sentence).stream().filter(q -> !q.optional()).toList();
        return !own.isEmpty() && own.stream().allMatch(q -> inSource.stream().anyMatch(q::sameAs));
    }
}
