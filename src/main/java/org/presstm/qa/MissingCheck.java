package org.presstm.qa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.presstm.align.LengthModel;
import org.presstm.align.ReleaseStructure;
import org.presstm.lang.Language;
import org.presstm.lang.NumberReader;
import org.presstm.lang.Quantity;
import org.presstm.tm.TaggedText;

/**
 * {@code completeness.missing}: an empty or untranslated target in a package; in a release, a source sentence
 * that no target sentence matches, either alone (the aligner left it without a partner) or inside a segment
 * where the aligner joined it with its neighbour (a 2-1 bead): there the translation has fewer sentences than
 * the source, and its length (Gale and Church's model, its ratio adapted to the document) answers the source
 * without one sentence far better than the whole source (a sentence whose numbers and dates the target all has
 * is not the one), or it has fewer sentences than the other target and is far shorter. That sentence (or the
 * whole source) is marked. Keeps the letters per
 * document and language from the first pass, and judges joined segments in {@link #finish}. A headline, date
 * line, byline or source line that a version lacks is not reported: each agency writes its own frame.
 */
final class MissingCheck extends BaseCheck {
    /** Against another target: the target this many standard deviations shorter than the source explains. */
    static final double SHORT_SIGMAS = 2.0;
    /**
     * In a segment of several source sentences and fewer target ones: the target this many standard deviations
     * shorter than the whole source explains, the source without one sentence explaining it this many closer,
     * and within this many of it.
     */
    static final double JOINED_SHORT_SIGMAS = 1.5;
    static final double GAIN_SIGMAS = 1.5;
    static final double EXPLAINED_SIGMAS = 1.0;
    /** Or this many standard deviations shorter than the source explains, whatever the sentences. */
    static final double FAR_SHORT_SIGMAS = 3.0;
    /** Or this many standard deviations shorter than another target that has more sentences here. */
    static final double CROSS_SIGMAS = 2.5;
    /**
     * Or, where the other target has as many sentences as the source and this one fewer, this many standard
     * deviations shorter than the other target.
     */
    static final double AGREED_SIGMAS = 1.5;
    /** A sentence shorter than this (letters) is not judged as dropped: a byline, a date line. */
    static final int MIN_DROPPED_LETTERS = 25;

    /** Where a sentence ends inside a joined segment: after . ! ? (and a closing quote), before a capital. */
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<![\\s.(]\\p{Lu})(?<=[.!?…][\"»”)]?)\\s+(?=[\\p{Lu}\\p{N}\"«„“(])");

    /** Per document and target language: {source letters, target letters} of the segments with both. */
    private final Map<String, long[]> letters = new HashMap<>();

    MissingCheck() {
        super("completeness.missing", Severity.ERROR, "A target is empty, or a sentence was dropped");
    }

    @Override
    public List<Example> examples() {
        return List.of(
                Example.of(true, "Milli Məclisin sədri nümayəndə heyətini qəbul edib.", ""),
                Example.of(true, release("Görüşdə deputatlar da iştirak ediblər.", Map.of())),
                Example.of(true, release("Milli Məclisin sədri Sahibə Qafarova Pakistan Senatının sədri ilə görüşüb. "
                        + "Görüşdə ikitərəfli əlaqələrin inkişafı və parlamentlərarası əməkdaşlığın perspektivləri müzakirə olunub.",
                        Map.of(Language.EN, "Speaker of the Milli Majlis Sahiba Gafarova met with the Chairman of the Senate of Pakistan."))),
                Example.of(false, "Milli Məclisin sədri nümayəndə heyətini qəbul edib.",
                        "The Chair of the Milli Majlis received the delegation."),
                Example.of(false, release("Milli Məclisin sədri Sahibə Qafarova Pakistan Senatının sədri ilə görüşüb. "
                        + "Görüşdə ikitərəfli əlaqələrin inkişafı və parlamentlərarası əməkdaşlığın perspektivləri müzakirə olunub.",
                        Map.of(Language.EN, "Speaker of the Milli Majlis Sahiba Gafarova met with the Chairman of the Senate of "
                                + "Pakistan, and they discussed the development of bilateral ties and the prospects of "
                                + "interparliamentary cooperation."))));
    }

    private static ParallelSegment release(String az, Map<Language, String> targets) {
        Map<Language, TaggedText> tagged = new java.util.EnumMap<>(Language.class);
        targets.forEach((l, t) -> tagged.put(l, TaggedText.of(t)));
        return new ParallelSegment("example", "s1", Origin.RELEASE, Language.AZ, TaggedText.of(az), List.of(Language.EN),
                tagged);
    }

    @Override
    public void check(ParallelSegment s, Consumer<Finding> out) {
        if (s.sourceText().isBlank()) {
            return;
        }
        for (Language lang : s.targetLanguages()) {
            if (s.target(lang).map(String::isBlank).orElse(true)) {
                if (s.origin() == Origin.RELEASE && s.isFrame(s.sourceLanguage())) {
                    continue; // a headline, date line, byline or source line that this version words otherwise or leaves out
                }
                String message = s.origin() == Origin.RELEASE
                        ? "no " + lang + " sentence matches this one: translate it, or confirm that it was left out on purpose"
                        : "the " + lang + " target is empty: translate the segment";
                out.accept(finding(s, lang, message, List.of(new Mark(s.sourceLanguage(), 0, s.sourceText().length()))));
            } else if (s.origin() == Origin.RELEASE) {
                long[] n = letters.computeIfAbsent(s.document() + "\u0000" + lang, k -> new long[2]);
                n[0] += FormChecks.letters(s.sourceText());
                n[1] += FormChecks.letters(s.target(lang).orElseThrow());
            }
        }
    }

    @Override
    public void finish(SegmentSource again, Consumer<Finding> out) {
        if (letters.isEmpty()) {
            return;
        }
        again.forEach(s -> {
            if (s.origin() != Origin.RELEASE || s.sourceText().isBlank()) {
                return;
            }
            // a sentence that only names the source is the agency's, not one a translation must have
            List<int[]> sentences = sentences(s.sourceText()).stream().filter(span -> !ReleaseStructure.isSourceLine(
                    s.sourceText().substring(span[0], span[1]), s.sourceLanguage())).toList();
            Map<Language, Integer> counts = new java.util.EnumMap<>(Language.class);
            Map<Language, Double> deltas = new java.util.EnumMap<>(Language.class);
            for (Language lang : s.translatedLanguages()) {
                String target = s.target(lang).orElseThrow();
                counts.put(lang, bodySentences(target, lang));
                deltas.put(lang, delta(model(s, lang), body(s.sourceText(), s.sourceLanguage()), body(target, lang)));
            }
            for (Language lang : s.translatedLanguages()) {
                dropped(s, lang, sentences, counts, deltas).ifPresent(out);
            }
        });
    }

    private LengthModel model(ParallelSegment s, Language lang) {
        long[] doc = letters.getOrDefault(s.document() + "\u0000" + lang, new long[2]);
        return LengthModel.forPair(s.sourceLanguage(), lang).adapted(doc[0], doc[1]);
    }

    /**
     * The finding for a target that has fewer sentences than the source, or than the other target, and is far
     * shorter than either explains: the source sentence whose leaving out best explains the length is marked.
     */
    private java.util.Optional<Finding> dropped(ParallelSegment s, Language lang, List<int[]> sentences,
            Map<Language, Integer> counts, Map<Language, Double> deltas) {
        int mine = counts.get(lang);
        double full = deltas.get(lang);
        if (full > -JOINED_SHORT_SIGMAS) {
            return java.util.Optional.empty();
        }
        Language fuller = null;
        for (Language other : counts.keySet()) {
            // the other translation has more sentences here and is far longer; where it has as many as the
            // source, two witnesses agree on what this one lacks, and less of a difference in length will do
            boolean agreed = counts.get(other) >= sentences.size() && sentences.size() > mine;
            if (other != lang && counts.get(other) > mine && (full <= -SHORT_SIGMAS
                    && deltas.get(other) - full >= CROSS_SIGMAS || agreed && deltas.get(other) - full >= AGREED_SIGMAS)) {
                fuller = other;
            }
        }
        LengthModel model = model(s, lang);
        String source = s.sourceText();
        String target = s.target(lang).orElseThrow();
        int whole = body(source, s.sourceLanguage());
        int t = body(target, lang);
        int best = -1;
        double bestDelta = Double.MAX_VALUE;
        List<Quantity> inTarget = NumberReader.of(lang).read(target);
        for (int i = 0; sentences.size() > 1 && i < sentences.size(); i++) {
            int[] span = sentences.get(i);
            int own = body(source.substring(span[0], span[1]), s.sourceLanguage());
            if (own < MIN_DROPPED_LETTERS || whole - own <= 0 || translated(source.substring(span[0], span[1]),
                    s.sourceLanguage(), inTarget)) {
                continue;
            }
            double d = Math.abs(delta(model, whole - own, t));
            if (d < bestDelta) {
                bestDelta = d;
                best = i;
            }
        }
        boolean explained = best >= 0 && sentences.size() > mine && bestDelta <= -full - GAIN_SIGMAS
                && bestDelta <= EXPLAINED_SIGMAS;
        boolean far = full <= -FAR_SHORT_SIGMAS && whole >= FormChecks.LENGTH_MIN_CHARS && !cutShort(target);
        if (fuller == null && !explained && !far) {
            return java.util.Optional.empty();
        }
        String why = fuller == null && !explained
                ? String.format(Locale.ROOT, "the %s translation (%d characters) is %.1f standard deviations shorter "
                        + "than this source explains (about %.0f in this release)", lang, t, -full, model.ratio() * whole)
                : fuller != null
                ? String.format(Locale.ROOT, "the %s translation has %d sentence(s) here where the %s has %d, and is "
                        + "%.1f standard deviations shorter than the source explains", lang, mine, fuller,
                        counts.get(fuller), -full)
                : String.format(Locale.ROOT, "the %s translation has %d sentence(s) for the %d of the source, and its "
                        + "length (%d characters) answers the source without sentence %d rather than all of it (about "
                        + "%.0f)", lang, mine, sentences.size(), t, best + 1, model.ratio() * whole);
        Mark mark = best >= 0 && (explained || bestDelta < -full)
                ? new Mark(s.sourceLanguage(), sentences.get(best)[0], sentences.get(best)[1])
                : new Mark(s.sourceLanguage(), 0, source.length());
        return java.util.Optional.of(finding(s, lang, why + ": translate what is missing (marked), or confirm that "
                + "it was left out on purpose", List.of(mark)));
    }

    /** Whether the sentence has numbers or dates and the target has every one of them (so it is there). */
    private static boolean translated(String sentence, Language language, List<Quantity> inTarget) {
        List<Quantity> own = NumberReader.of(language).read(sentence).stream().filter(q -> !q.optional()).toList();
        return !own.isEmpty() && own.stream().allMatch(q -> inTarget.stream().anyMatch(q::sameAs));
    }

    /** A text that stops without ending its sentence: a release cut short, where length says nothing. */
    private static boolean cutShort(String target) {
        String t = target.strip();
        return t.isEmpty() || ".!?…»”\")".indexOf(t.charAt(t.length() - 1)) < 0;
    }

    /**
     * The letters of a release's sentences without their frame (an opening date line, attribution clauses,
     * sentences that only name the source: {@link ReleaseFrame#body}), which each agency writes its own way or
     * leaves out, so that their length says nothing of what was dropped.
     */
    private static int body(String text, Language language) {
        int n = 0;
        for (String part : ReleaseFrame.body(text, language)) {
            n += FormChecks.letters(part);
        }
        return n;
    }

    private static double delta(LengthModel model, int source, int target) {
        return (target - model.ratio() * source) / Math.sqrt(model.variance() * Math.max(source, 1));
    }

    /** How many of a text's sentences are more than a line naming the source ("Об этом сообщает Trend."). */
    private static int bodySentences(String text, Language language) {
        int n = 0;
        for (int[] span : sentences(text)) {
            n += ReleaseStructure.isSourceLine(text.substring(span[0], span[1]), language) ? 0 : 1;
        }
        return n;
    }

    /** The sentences of a text that may join several, as {start, end} spans. */
    static List<int[]> sentences(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(text);
        int start = 0;
        while (m.find()) {
            out.add(new int[] {start, m.start()});
            start = m.end();
        }
        if (start < text.length()) {
            out.add(new int[] {start, text.length()});
        }
        return out;
    }
}
