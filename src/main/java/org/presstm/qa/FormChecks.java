package org.presstm.qa;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.presstm.align.LengthModel;
import org.presstm.align.ReleaseStructure.Role;
import org.presstm.lang.Language;
import org.presstm.lang.TextNormalizer;
import org.presstm.tm.InlineCode;
import org.presstm.tm.TaggedText;

/**
 * The form of a target against its source: inline codes ({@code form.codes}), brackets and quotes
 * ({@code form.brackets}), spaces ({@code form.spaces}), the punctuation at the end
 * ({@code form.end-punctuation}) and a length far from the usual for the language pair ({@code form.length},
 * by the Gale and Church (1993) length model of {@link LengthModel}). Stateless.
 */
final class FormChecks {
    /** Standard deviations of the length model beyond which a target is too long or too short. */
    static final double LENGTH_SIGMAS = 4.5;
    /** Shorter sources vary too much in length to judge. */
    static final int LENGTH_MIN_CHARS = 40;

    private FormChecks() {
    }

    static List<Check> all() {
        return List.of(
                new Rule("form.codes", Severity.ERROR, "Inline codes of the source are missing or extra in the target",
                        FormChecks::codes, FormChecks::codeExamples),
                new Rule("form.brackets", Severity.WARNING, "Brackets or quotes of the target are unbalanced",
                        FormChecks::brackets, () -> List.of(
                                Example.of(true, "Sədr (spiker) çıxış edib.", "The Chair (Speaker spoke."),
                                Example.of(true, "\"Bu, böyük çətinlikdir\", - deyə Sədr vurğulayıb.",
                                        "\"This is a great challenge, the Chair stressed."),
                                Example.of(false, "\"Bu, böyük çətinlikdir\", - deyə Sədr vurğulayıb.",
                                        "“This is a great challenge,” the Chair stressed."))),
                new Rule("form.spaces", Severity.WARNING, "Double, leading or trailing spaces in the target",
                        FormChecks::spaces, () -> List.of(
                                Example.of(true, "Görüşdə deputatlar iştirak ediblər.", "MPs  attended the meeting."),
                                Example.of(true, "Görüşdə  deputatlar iştirak ediblər.", "MPs attended  the meeting."),
                                Example.of(false, "Görüşdə deputatlar iştirak ediblər.", "MPs attended the meeting."))),
                new Rule("form.end-punctuation", Severity.WARNING, "The target ends with other punctuation than the source",
                        FormChecks::endPunctuation, () -> List.of(
                                Example.of(true, "Görüşdə deputatlar iştirak ediblər.", "MPs attended the meeting"),
                                Example.of(true, "Nə vaxt?", "When."),
                                Example.of(true, "Sədr çıxış edib. Görüş başa çatıb.", "The Chair spoke! The meeting ended."),
                                Example.of(false, "\"Bu, böyük çətinlikdir\", - deyə Sədr vurğulayıb.",
                                        "\"This is a great challenge,\" the Chair stressed."))),
                new Rule("form.length", Severity.WARNING, "The target is far longer or shorter than usual for the pair",
                        FormChecks::length, () -> List.of(
                                Example.of(true, "Görüşdə ölkələrimiz arasında parlamentlərarası əlaqələrin inkişafı, "
                                        + "enerji, nəqliyyat və rəqəmsal iqtisadiyyat sahələrində birgə layihələr müzakirə edilib.",
                                        "The sides met."),
                                Example.of(false, "Görüşdə ölkələrimiz arasında parlamentlərarası əlaqələrin inkişafı, "
                                        + "enerji, nəqliyyat və rəqəmsal iqtisadiyyat sahələrində birgə layihələr müzakirə edilib.",
                                        "The development of interparliamentary relations and joint projects in energy, "
                                                + "transport and the digital economy were discussed."))));
    }

    private static List<Example> codeExamples() {
        InlineCode open = new InlineCode(InlineCode.Kind.OPEN, 1, "bold", "<b>");
        InlineCode close = new InlineCode(InlineCode.Kind.CLOSE, 1, "bold", "</b>");
        TaggedText source = TaggedText.of(open, "Milli Məclisin sədri", close, " qonağı qəbul edib.");
        ParallelSegment bad = new ParallelSegment("example", "s1", Origin.PACKAGE, Language.AZ, source,
                List.of(Language.EN), Map.of(Language.EN, TaggedText.of("The Chair received the guest.")));
        ParallelSegment good = new ParallelSegment("example", "s1", Origin.PACKAGE, Language.AZ, source,
                List.of(Language.EN), Map.of(Language.EN, TaggedText.of(open, "The Chair", close,
                        " received the guest.")));
        return List.of(Example.of(true, bad), Example.of(false, good));
    }

    private static void codes(Rule rule, ParallelSegment s, Consumer<Finding> out) {
        Map<String, Integer> source = codeCounts(s.source());
        for (Language lang : s.translatedLanguages()) {
            Map<String, Integer> target = codeCounts(s.targets().get(lang));
            List<String> missing = difference(source, target);
            List<String> extra = difference(target, source);
            if (missing.isEmpty() && extra.isEmpty()) {
                continue;
            }
            String message = (missing.isEmpty() ? "" : "inline code " + String.join(" ", missing)
                    + " of the source is missing in the " + lang + " target: put it back where the source has it")
                    + (missing.isEmpty() || extra.isEmpty() ? "" : "; ")
                    + (extra.isEmpty() ? "" : "inline code " + String.join(" ", extra)
                    + " is not in the source: remove it");
            out.accept(rule.finding(s, lang, message, List.of()));
        }
    }

    private static Map<String, Integer> codeCounts(TaggedText text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (InlineCode c : text.codes()) {
            String shown = switch (c.kind()) {
                case OPEN, ISOLATED_OPEN -> "<" + c.id() + ">";
                case CLOSE, ISOLATED_CLOSE -> "</" + c.id() + ">";
                case PLACEHOLDER -> "<" + c.id() + "/>";
            };
            counts.merge(shown, 1, Integer::sum);
        }
        return counts;
    }

    private static List<String> difference(Map<String, Integer> a, Map<String, Integer> b) {
        List<String> out = new ArrayList<>();
        a.forEach((code, n) -> {
            for (int i = b.getOrDefault(code, 0); i < n; i++) {
                out.add(code);
            }
        });
        return out;
    }

    private static void brackets(Rule rule, ParallelSegment s, Consumer<Finding> out) {
        Balance source = Balance.of(s.sourceText());
        for (Language lang : s.translatedLanguages()) {
            String t = s.target(lang).orElseThrow();
            Balance target = Balance.of(t);
            List<Mark> marks = new ArrayList<>();
            List<String> what = new ArrayList<>();
            if (source.bracketsBalanced() && !target.bracketsBalanced()) {
                target.unmatchedBrackets().forEach(i -> marks.add(new Mark(lang, i, i + 1)));
                what.add("brackets");
            }
            if (source.quotesBalanced() && !target.quotesBalanced()) {
                target.quotes().forEach(i -> marks.add(new Mark(lang, i, i + 1)));
                what.add("quotes");
            }
            if (!what.isEmpty()) {
                out.accept(rule.finding(s, lang, "unbalanced " + String.join(" and ", what) + " in the " + lang
                        + " target (the source's are balanced): close or remove the odd one", marks));
            }
        }
    }

    private static void spaces(Rule rule, ParallelSegment s, Consumer<Finding> out) {
        // a double space in the source (a copy-paste) is no reason for one in the target: each is reported
        for (Language lang : s.translatedLanguages()) {
            String t = s.target(lang).orElseThrow();
            List<Mark> marks = new ArrayList<>();
            doubleSpaces(t).forEach(d -> marks.add(new Mark(lang, d[0], d[1])));
            if (!t.isEmpty() && Character.isWhitespace(t.charAt(0))
                    && (s.sourceText().isEmpty() || !Character.isWhitespace(s.sourceText().charAt(0)))) {
                marks.add(new Mark(lang, 0, 1));
            }
            if (!marks.isEmpty()) {
                out.accept(rule.finding(s, lang, "extra spaces in the " + lang + " target: make each a single space",
                        marks));
            }
        }
    }

    /** The runs of two or more spaces, as {start, end}. */
    private static List<int[]> doubleSpaces(String text) {
        List<int[]> out = new ArrayList<>();
        for (int i = text.indexOf("  "); i >= 0; i = text.indexOf("  ", i)) {
            int end = i;
            while (end < text.length() && text.charAt(end) == ' ') {
                end++;
            }
            out.add(new int[] {i, end});
            i = end;
        }
        return out;
    }

    private static void endPunctuation(Rule rule, ParallelSegment s, Consumer<Finding> out) {
        for (Language lang : s.translatedLanguages()) {
            statedFrame(rule, s, lang, out);
        }
        if (s.sourceText().isBlank()) {
            return;
        }
        char source = Ending.of(s.sourceText());
        for (Language lang : s.translatedLanguages()) {
            if (frameMismatch(s, lang)) {
                frameEnding(rule, s, lang, source, out);
                continue;
            }
            String t = s.target(lang).orElseThrow();
            char target = Ending.of(t);
            if (source != target && !Ending.equivalent(source, target)) {
                int at = Ending.position(t);
                out.accept(rule.finding(s, lang, "the source ends with " + Ending.name(source) + ", the " + lang
                        + " target with " + Ending.name(target) + ": end it as the source does",
                        List.of(new Mark(lang, at, Math.min(t.length(), at + (target == 0 ? 0 : 1))))));
            }
            // inside a segment that joins sentences, a sentence may end otherwise too: an exclamation or a
            // question where the source has none is one (the last char, if reported above, is left out)
            String inner = source != target && !Ending.equivalent(source, target) && target != 0
                    ? t.substring(0, Ending.position(t)) : t;
            for (char mark : new char[] {'!', '?'}) {
                List<Mark> extra = marks(inner, mark, lang);
                if (extra.size() > count(s.sourceText(), mark)) {
                    out.accept(rule.finding(s, lang, "the " + lang + " target has " + Ending.name(mark)
                            + " where the source has none or fewer: end its sentences as the source does", extra));
                    break;
                }
            }
        }
    }

    /**
     * A frame line paired with one of its kind may end otherwise (one agency puts a full stop after its source
     * line, another none), but not with an exclamation or a question where the other has a full stop: no
     * agency's frame says that.
     */
    private static void frameEnding(Rule rule, ParallelSegment s, Language lang, char source, Consumer<Finding> out) {
        String t = s.target(lang).orElseThrow();
        char target = Ending.of(t);
        if (source == '.' && (target == '!' || target == '?') && s.role(lang) == Role.HEADLINE
                && s.role(s.sourceLanguage()) == Role.HEADLINE) {
            int at = Ending.position(t);
            out.accept(rule.finding(s, lang, "the source ends with " + Ending.name(source) + ", the " + lang
                    + " target with " + Ending.name(target) + ": end it as the source does",
                    List.of(new Mark(lang, at, at + 1))));
        }
    }

    /**
     * A date line, byline or source line states where and from whom the news came; one that ends with an
     * exclamation or a question mark is wrong whatever the other versions say, paired or not (a headline may
     * ask or exclaim, so it is judged only against its source).
     */
    private static void statedFrame(Rule rule, ParallelSegment s, Language lang, Consumer<Finding> out) {
        Role role = s.role(lang);
        if (s.origin() != Origin.RELEASE || role != Role.DATELINE && role != Role.BYLINE && role != Role.SOURCE) {
            return;
        }
        String t = s.target(lang).orElseThrow();
        char target = Ending.of(t);
        if (target == '!' || target == '?') {
            int at = Ending.position(t);
            out.accept(rule.finding(s, lang, "the " + lang + " " + (role == Role.SOURCE ? "source line" : role == Role.BYLINE
                    ? "byline" : "date line") + " ends with " + Ending.name(target) + ": end it with a full stop or nothing",
                    List.of(new Mark(lang, at, at + 1))));
        }
    }

    private static List<Mark> marks(String text, char c, Language lang) {
        List<Mark> out = new ArrayList<>();
        for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
            out.add(new Mark(lang, i, i + 1));
        }
        return out;
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
            n++;
        }
        return n;
    }

    private static void length(Rule rule, ParallelSegment s, Consumer<Finding> out) {
        int source = letters(s.sourceText());
        if (source < LENGTH_MIN_CHARS) {
            return;
        }
        for (Language lang : s.translatedLanguages()) {
            if (frameMismatch(s, lang)) {
                continue;
            }
            String t = s.target(lang).orElseThrow();
            LengthModel model = LengthModel.forPair(s.sourceLanguage(), lang);
            double expected = model.ratio() * source;
            double delta = (letters(t) - expected) / Math.sqrt(model.variance() * source);
            if (Math.abs(delta) > LENGTH_SIGMAS) {
                out.accept(rule.finding(s, lang, String.format(java.util.Locale.ROOT,
                        "the %s target has %d characters where about %.0f are usual for this source: check that "
                                + "nothing is %s", lang, letters(t), expected, delta < 0 ? "missing" : "added"),
                        List.of(new Mark(lang, 0, t.length()))));
            }
        }
    }

    /**
     * Whether the source or the target is a frame line of a release (a headline, date line, byline or source
     * line): each agency writes those its own way, with or without a full stop, long or short.
     */
    private static boolean frameMismatch(ParallelSegment s, Language lang) {
        return s.isFrame(s.sourceLanguage()) || s.isFrame(lang);
    }

    /** Characters other than white space, as the length model counts them. */
    static int letters(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** Folded text for comparisons. */
    static String key(String text, Language lang) {
        return TextNormalizer.fold(text, lang);
    }
}
