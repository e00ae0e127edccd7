package org.presstm.qa;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.presstm.lang.Language;
import org.presstm.lang.NumberForms;
import org.presstm.lang.NumberReader;
import org.presstm.lang.Quantity;

/**
 * Numbers, dates, times, percentages and ordinals that the source and a target do not share, compared in
 * each language's own form ({@link NumberReader}): {@code numbers.missing} for one of the source's that the
 * target lacks, {@code numbers.extra} for one of the target's that the source lacks. Compared as sets, since
 * a free translation may say a year once where the source says it twice. Number words ("iki", "third") are
 * optional: never required, but they stand for digits. In a release with two translations, a number only one
 * of them adds is left to {@code cross-target}, which names both, so that one problem gives one finding.
 * In a release, the frame is compared leniently ({@link ReleaseFrame}): times in date lines (when each agency
 * published) are left out, and a date or number that one version has only in its frame, or in a sentence the
 * other lacks, is not held against a segment whose partner has it there ({@link ReleaseDocument#loose}).
 */
final class NumbersCheck extends ReleaseCheck {
    private final boolean missing;

    private NumbersCheck(boolean missing) {
        super(missing ? "numbers.missing" : "numbers.extra", missing ? Severity.ERROR : Severity.WARNING,
                missing ? "A number, date, time, percentage or ordinal of the source is not in the target"
                        : "A number, date, time, percentage or ordinal of the target is not in the source");
        this.missing = missing;
    }

    static NumbersCheck missing() {
        return new NumbersCheck(true);
    }

    static NumbersCheck extra() {
        return new NumbersCheck(false);
    }

    @Override
    public List<Example> examples() {
        return missing ? List.of(
                Example.of(true, "Ticarət dövriyyəsi 18,4 mln. dollar olub.", "Trade reached USD 18.5 million."),
                Example.of(true, "44 günlük müharibə", "The 45-day war"),
                Example.three(true, "Görüş 6 may 2021-ci il tarixində keçirilib.", "The meeting was held on 7 May 2021.",
                        "Встреча состоялась 6 мая 2021 года."),
                Example.of(false, "Görüş 6 may 2021-ci il tarixində keçirilib.", "The meeting was held on 6 May 2021."),
                Example.three(false, "44 günlük müharibə XXI əsrdə baş verib.", "The 44-day war took place in the 21st century.",
                        "44-дневная война произошла в XXI веке."),
                Example.of(false, "İki ölkə arasında ticarət 18,4 mln. dollara çatıb.", "Trade between the countries reached USD 18.4 million."))
                : List.of(
                Example.of(true, "Görüş saat 11:40-da başlayıb.", "The meeting began at 11:40 on 12 March."),
                Example.of(false, "Görüş iki gün davam edib.", "The meeting lasted 2 days."),
                Example.of(false, "12 mart 2026, 11:40", "12 March 2026, 11:40"),
                Example.three(true, "Görüş başlayıb.", "The meeting began on 12 March.", "Встреча началась 12 марта."),
                Example.three(false, "Görüş başlayıb.", "The meeting began on 12 March.", "Встреча началась."));
    }

    @Override
    void judge(ParallelSegment s, ReleaseDocument release, int index, Consumer<Finding> out) {
        if (s.sourceText().isBlank()) {
            return;
        }
        List<Quantity> source = compared(s, s.sourceLanguage(), release);
        for (Language lang : s.translatedLanguages()) {
            List<Quantity> inTarget = compared(s, lang, release);
            List<Quantity> unmatched = missing ? unmatched(source, inTarget) : unmatched(inTarget, source);
            if (!missing) {
                // one problem, one finding: what another translation lacks too is cross-target's to report
                for (Language other : s.translatedLanguages()) {
                    if (other != lang) {
                        List<Quantity> there = NumberReader.of(other).read(s.target(other).orElseThrow());
                        unmatched = unmatched.stream().filter(q -> there.stream().anyMatch(q::sameAs)).toList();
                    }
                }
            }
            if (release != null && !unmatched.isEmpty()) {
                unmatched = unexcused(s, release, unmatched, missing ? s.sourceLanguage() : lang,
                        missing ? lang : s.sourceLanguage());
            }
            if (!unmatched.isEmpty()) {
                out.accept(finding(s, lang, message(unmatched, s.sourceLanguage(), lang),
                        marks(unmatched, missing ? s.sourceLanguage() : lang)));
            }
        }
    }

    /**
     * What the frame and the rest of the release do not explain of the quantities that {@code from}'s text has
     * and {@code other}'s lacks: one that the other version has in its frame, or in a sentence this one lacks,
     * was moved, not lost; one in an agency's date line (or a frame line paired with a sentence) is held only
     * against a version that dates itself in its frame too, and only if that version has it nowhere.
     */
    private static List<Quantity> unexcused(ParallelSegment s, ReleaseDocument release, List<Quantity> unmatched,
            Language from, Language other) {
        List<Quantity> loose = release.loose(other, from);
        boolean framed = s.isFrame(from) != s.isFrame(other);
        List<int[]> prefix = s.isFrame(from) ? List.of() : ReleaseFrame.prefix(s.text(from), from);
        List<Quantity> out = new ArrayList<>();
        for (Quantity q : unmatched) {
            if (loose.stream().anyMatch(q::sameAs)) {
                continue;
            }
            if ((framed || ReleaseFrame.inside(prefix, q.start(), q.end()))
                    && (!release.hasFrameDate(other) || release.all(other).stream().anyMatch(q::sameAs))) {
                continue;
            }
            out.add(q);
        }
        return out;
    }

    /**
     * The quantities of a text to compare: in a release, without the times of its frame (when each agency
     * published is no part of the translation).
     */
    private static List<Quantity> compared(ParallelSegment s, Language lang, ReleaseDocument release) {
        String text = s.text(lang);
        List<Quantity> all = NumberReader.of(lang).read(text);
        if (release == null) {
            return all;
        }
        boolean frame = s.isFrame(lang);
        List<int[]> spans = frame ? List.of() : ReleaseFrame.prefix(text, lang);
        return all.stream().filter(q -> q.kind() != Quantity.Kind.TIME
                || !frame && !ReleaseFrame.inside(spans, q.start(), q.end())).toList();
    }

    /** The required quantities of {@code from} that {@code in} has nothing the same as. */
    static List<Quantity> unmatched(List<Quantity> from, List<Quantity> in) {
        List<Quantity> out = new ArrayList<>();
        for (Quantity q : from) {
            if (!q.optional() && in.stream().noneMatch(q::sameAs) && out.stream().noneMatch(q::sameAs)) {
                out.add(q);
            }
        }
        return out;
    }

    private String message(List<Quantity> unmatched, Language source, Language target) {
        Set<String> written = new LinkedHashSet<>();
        for (Quantity q : unmatched) {
            // the advice is in the target's form: what to write, or what the target wrote
            written.add(NumberForms.of(target).write(q));
        }
        String list = String.join(", ", written);
        return missing
                ? "the " + target + " translation lacks " + list + " of the source: write "
                        + (written.size() == 1 ? "it" : "them") + " in the " + target + " form (" + list + ")"
                : "the " + target + " translation has " + list + ", which the source does not have: correct "
                        + (written.size() == 1 ? "it" : "them") + " to match the source, or remove";
    }

    private static List<Mark> marks(List<Quantity> quantities, Language language) {
        return quantities.stream().map(q -> new Mark(language, q.start(), q.end())).toList();
    }
}
