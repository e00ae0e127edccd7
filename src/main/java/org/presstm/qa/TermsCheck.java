package org.presstm.qa;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.presstm.align.ReleaseStructure.Role;
import org.presstm.glossary.Concept;
import org.presstm.glossary.Glossary;
import org.presstm.glossary.Term;
import org.presstm.glossary.TermHit;
import org.presstm.lang.Language;
import org.presstm.lang.TextNormalizer;

/**
 * The glossary in the targets ({@link Glossary#scan}, inflected forms included): {@code terms.missing} when a
 * source term's concept has a usable target term but the target has no form of any of them;
 * {@code terms.deprecated} when a target uses a deprecated or superseded term, or is written exactly as one.
 * A missing name (person, place, proper name of an institution) is an error; a missing common-noun concept
 * only a warning, since a free translation may reword it. A person named by surname
 * alone ("Gafarova" for "Sahibə Qafarova") counts as present. In a release, the frame that each agency words
 * its own way is not held to the source's (see {@link #wanted}), and a headline that lacks most of the source
 * headline's terms is the agency's own, not a translation. Without a glossary neither finds anything.
 */
final class TermsCheck extends BaseCheck {
    private final Optional<Glossary> glossary;
    private final boolean missing;

    private TermsCheck(Optional<Glossary> glossary, boolean missing) {
        super(missing ? "terms.missing" : "terms.deprecated", Severity.ERROR,
                missing ? "A glossary term of the source has none of its target terms in the target"
                        : "The target uses a deprecated or superseded term of the glossary");
        this.glossary = glossary;
        this.missing = missing;
    }

    static TermsCheck missing(CheckContext context) {
        return new TermsCheck(context.glossary(), true);
    }

    static TermsCheck deprecated(CheckContext context) {
        return new TermsCheck(context.glossary(), false);
    }

    @Override
    public List<Example> examples() {
        return missing ? List.of(
                Example.of(true, "Milli Məclisin sədri qonağı qəbul edib.", "The Chair of the Parliament received the guest.").withGlossary(),
                Example.three(true, "ATƏT PA-nın sessiyası", "The OSCE PA session", "Сессия Парламентской ассамблеи").withGlossary(),
                // a place is not there by a word that merely starts like it
                Example.of(true, "Baş katib Cenevrədə çıxış edib.", "The Secretary General spoke.").withGlossary(),
                Example.of(false, "Baş katib Cenevrədə çıxış edib.", "The Secretary General spoke in Geneva.").withGlossary(),
                Example.of(false, "Milli Məclisin sədri qonağı qəbul edib.", "The Chair of the Milli Majlis received the guest.").withGlossary(),
                Example.three(false, "Azay Quliyev ATƏT PA-da çıxış edib.", "Guliyev spoke at the OSCE PA.",
                        "Гулиев выступил в ПА ОБСЕ.").withGlossary(),
                // a place is not there by a word of another place's name ("Республики" of "Исламской Республики Иран")
                Example.of(true, Language.EN, "Drones from the Islamic Republic of Iran flew over the Nakhchivan Autonomous Republic.",
                        Language.RU, "Беспилотники из Исламской Республики Иран пролетели над регионом.").withGlossary(),
                Example.of(false, Language.EN, "Drones from the Islamic Republic of Iran flew over the Nakhchivan Autonomous Republic.",
                        Language.RU, "Беспилотники из Исламской Республики Иран пролетели над Нахчыванской Автономной Республикой.")
                        .withGlossary())
                : List.of(
                Example.of(true, "Milli Məclisdə", "At the Milli Mejlis").withGlossary(),
                Example.of(true, Language.AZ, "Milli Məclisdə", Language.RU, "В Милли Меджлиси").withGlossary(),
                Example.of(false, Language.AZ, "Milli Məclisdə", Language.RU, "В Милли Меджлисе").withGlossary(),
                Example.of(false, "Milli Məclisdə", "At the Milli Majlis").withGlossary());
    }

    @Override
    public void check(ParallelSegment s, Consumer<Finding> out) {
        if (glossary.isEmpty() || missing && s.sourceText().isBlank()) {
            return; // a deprecated term is one in any sentence, one a translation added too
        }
        Glossary g = glossary.get();
        List<TermHit> sourceHits = missing ? wanted(g, s) : List.of();
        for (Language lang : s.translatedLanguages()) {
            if (missing && s.origin() == Origin.RELEASE && s.isFrame(lang) != s.isFrame(s.sourceLanguage())) {
                continue; // a frame line paired with a sentence of the text: nothing to hold one to the other
            }
            String target = s.target(lang).orElseThrow();
            if (missing && s.origin() == Origin.RELEASE) {
                // a term the agency's date line or attribution has ("отдел прессы ... парламента") does not
                // stand for the term the sentence needs
                target = withoutFrame(target, lang);
            }
            List<TermHit> targetHits = g.scan(target, lang);
            if (missing) {
                checkMissing(s, sourceHits, targetHits, lang, target, out);
            } else {
                checkDeprecated(s, targetHits, lang, out);
            }
        }
    }

    /**
     * The source's terms a translation must have: in a release, none of a date line, byline or source line, nor
     * of the date line or attribution inside a sentence, which each agency words its own way ({@link ReleaseFrame}).
     */
    private static List<TermHit> wanted(Glossary g, ParallelSegment s) {
        List<TermHit> hits = g.scan(s.sourceText(), s.sourceLanguage());
        if (s.origin() != Origin.RELEASE) {
            return hits;
        }
        Language src = s.sourceLanguage();
        if (s.isFrame(src) && s.role(src) != Role.HEADLINE) {
            return List.of();
        }
        List<int[]> frame = ReleaseFrame.spans(s.sourceText(), src);
        return hits.stream().filter(h -> !ReleaseFrame.inside(frame, h.start(), h.end())).toList();
    }

    /** The text with its frame spans ({@link ReleaseFrame#spans}) blanked out, offsets kept. */
    private static String withoutFrame(String text, Language lang) {
        StringBuilder sb = new StringBuilder(text);
        for (int[] span : ReleaseFrame.spans(text, lang)) {
            for (int i = span[0]; i < span[1]; i++) {
                sb.setCharAt(i, ' ');
            }
        }
        return sb.toString();
    }

    private void checkMissing(ParallelSegment s, List<TermHit> sourceHits, List<TermHit> targetHits, Language lang,
            String target, Consumer<Finding> out) {
        Map<String, TermHit> wanted = new LinkedHashMap<>();
        for (TermHit h : sourceHits) {
            if (h.concept().preferred(lang).isPresent()) {
                wanted.putIfAbsent(h.concept().id(), h);
            }
        }
        List<Mark> marks = new ArrayList<>();
        List<String> advice = new ArrayList<>();
        boolean named = false;
        for (TermHit h : wanted.values()) {
            Concept c = h.concept();
            if (!TermPresence.present(c, lang, target, targetHits)) {
                marks.add(new Mark(s.sourceLanguage(), h.start(), h.end()));
                advice.add("\"" + h.form() + "\" (\"" + c.preferred(lang).orElseThrow().text() + "\")");
                named |= isProper(h, lang);
            }
        }
        if (s.role(s.sourceLanguage()) == Role.HEADLINE && 2 * marks.size() >= wanted.size()) {
            return; // an agency's own headline, saying other things, rather than a translation of this one
        }
        if (!marks.isEmpty()) {
            String message = "the " + lang + " target has none of the glossary's translations of "
                    + String.join("; ", advice) + ": use the one in brackets";
            out.accept(named ? finding(s, lang, message, marks)
                    : finding(s, lang, message + " (a common noun: a free wording may be right)", marks, Severity.WARNING));
        }
    }

    private void checkDeprecated(ParallelSegment s, List<TermHit> targetHits, Language lang, Consumer<Finding> out) {
        for (TermHit h : targetHits) {
            Term t = h.term().status().usable() ? writtenAsDeprecated(h, lang).orElse(h.term()) : h.term();
            if (!t.status().usable()) {
                String instead = h.concept().preferred(lang).map(p -> ": write \"" + p.text() + "\"")
                        .orElse(": rephrase");
                out.accept(finding(s, lang, "\"" + h.form() + "\" is a " + t.status().label() + " term" + instead,
                        List.of(new Mark(lang, h.start(), h.end()))));
            }
        }
    }

    /**
     * The deprecated term of the hit's concept that the hit is written exactly as, when the matcher read it as
     * an inflected form of a usable one ("Милли Меджлиси" read as a form of "Милли Меджлис"): the exact
     * spelling of a term the glossary forbids is that term.
     */
    private static Optional<Term> writtenAsDeprecated(TermHit h, Language lang) {
        String form = TextNormalizer.fold(h.form(), lang);
        List<Term> terms = h.concept().terms(lang);
        if (terms.stream().anyMatch(t -> t.status().usable() && TextNormalizer.fold(t.text(), lang).equals(form))) {
            return Optional.empty();
        }
        return terms.stream().filter(t -> !t.status().usable() && TextNormalizer.fold(t.text(), lang).equals(form))
                .findFirst();
    }

    /**
     * Whether the concept is a name (a person, a place, an institution's proper name): missing it is an error.
     * A common-noun concept ("komissiya", "exchange of views") may be reworded freely, so missing it is only a
     * warning, as terminology checkers (Xbench, Verifika) let one grade term mismatches.
     */
    private static boolean isProper(TermHit source, Language lang) {
        return isName(source.concept()) || source.term().partOfSpeech().equals("properNoun")
                || source.concept().preferred(lang).map(t -> t.partOfSpeech().equals("properNoun")).orElse(false);
    }

    static boolean isName(Concept c) {
        return c.subject().equals("person") || c.subject().equals("place");
    }
}
