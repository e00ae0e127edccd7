package org.presstm.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.presstm.glossary.Glossary;
import org.presstm.glossary.TermHit;
import org.presstm.lang.Language;
import org.presstm.lang.NumberForms;
import org.presstm.lang.NumberReader;
import org.presstm.lang.Quantity;

/**
 * {@code cross-target}: the translations of one source into two languages disagree: one has a number, a date
 * or a glossary term (a name, an institution) that the other lacks. What the source has is left to the
 * source-against-target checks (a target that lacks it is reported there); this check reports what only one
 * target says, which no comparison with the source can catch. In a release the frame is left out (a date line,
 * byline or source line, and the date line or attribution inside a sentence, which each agency writes its own
 * way: {@link ReleaseFrame}), and what the other target says in the next or the previous segment counts as
 * said (the aligner may have put a sentence one segment off in one of them).
 */
final class CrossTargetCheck extends ReleaseCheck {
    private final Optional<Glossary> glossary;

    CrossTargetCheck(CheckContext context) {
        super("cross-target", Severity.WARNING,
                "The translations of one source disagree on a number, date, term or name that only one has");
        this.glossary = context.glossary();
    }

    @Override
    public List<Example> examples() {
        return List.of(
                Example.three(true, "Sədr qonağı qəbul edib.", "On 14 October, the Chair received the guest.",
                        "Председатель приняла гостя."),
                Example.three(true, "Sədr qonağı qəbul edib.", "The Chair of the Milli Majlis received the guest.",
                        "Председатель приняла гостя.").withGlossary(),
                Example.three(false, "Sədr 14 oktyabrda qonağı qəbul edib.", "On 14 October, the Chair received the guest.",
                        "14 октября председатель приняла гостя."),
                Example.three(false, "Sədr qonağı qəbul edib.", "The Chair received the guest.", "Председатель приняла гостя."));
    }

    @Override
    void judge(ParallelSegment s, ReleaseDocument release, int index, Consumer<Finding> out) {
        List<Language> langs = s.translatedLanguages();
        if (langs.size() < 2 || release != null && langs.stream().anyMatch(s::isFrame)) {
            return;
        }
        List<Quantity> source = NumberReader.of(s.sourceLanguage()).read(s.sourceText());
        List<TermHit> sourceTerms = terms(s.sourceText(), s.sourceLanguage());
        for (Language a : langs) {
            for (Language b : langs) {
                if (a != b) {
                    compare(s, a, b, source, sourceTerms, release == null ? "" : release.around(index, b), out);
                }
            }
        }
    }

    /** What target {@code a} has that target {@code b} and the source lack, reported on {@code b}. */
    private void compare(ParallelSegment s, Language a, Language b, List<Quantity> source, List<TermHit> sourceTerms,
            String aroundB, Consumer<Finding> out) {
        String textA = s.target(a).orElseThrow();
        String textB = s.target(b).orElseThrow();
        List<int[]> frame = s.origin() == Origin.RELEASE ? ReleaseFrame.spans(textA, a) : List.of();
        List<int[]> prefix = s.origin() == Origin.RELEASE ? ReleaseFrame.prefix(textA, a) : List.of();
        List<Quantity> onlyA = NumbersCheck.unmatched(NumbersCheck.unmatched(NumberReader.of(a).read(textA), source),
                NumberReader.of(b).read(textB + "\n" + aroundB)).stream()
                .filter(q -> !ReleaseFrame.inside(prefix, q.start(), q.end())).toList();
        List<Mark> marks = new ArrayList<>();
        List<String> what = new ArrayList<>();
        for (Quantity q : onlyA) {
            marks.add(new Mark(a, q.start(), q.end()));
            what.add(NumberForms.of(a).write(q));
        }
        String nearB = aroundB.isEmpty() ? textB : textB + "\n" + aroundB;
        List<TermHit> termsB = terms(nearB, b);
        for (TermHit h : terms(textA, a)) {
            String id = h.concept().id();
            boolean elsewhere = ReleaseFrame.inside(frame, h.start(), h.end())
                    || sourceTerms.stream().anyMatch(t -> t.concept().id().equals(id))
                    || TermPresence.present(h.concept(), b, nearB, termsB);
            if (!elsewhere && isName(h) && h.concept().preferred(b).isPresent() && !what.contains(h.form())) {
                marks.add(new Mark(a, h.start(), h.end()));
                what.add(h.form());
            }
        }
        if (!marks.isEmpty()) {
            out.accept(finding(s, b, "the " + a + " translation says " + String.join(", ", what) + ", which the " + b
                    + " translation and the source do not: make the translations agree", marks));
        }
    }

    /** Names and institutions are facts the translations must share; common nouns may be reworded. */
    private static boolean isName(TermHit h) {
        return h.term().partOfSpeech().equals("properNoun") || TermsCheck.isName(h.concept());
    }

    private List<TermHit> terms(String text, Language lang) {
        return glossary.map(g -> g.scan(text, lang)).orElse(List.of());
    }
}
