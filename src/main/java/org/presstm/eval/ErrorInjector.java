package org.presstm.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.presstm.glossary.Glossary;
import org.presstm.glossary.Term;
import org.presstm.glossary.TermHit;
import org.presstm.glossary.TermStatus;
import org.presstm.glossary.Transliterator;
import org.presstm.lang.Language;
import org.presstm.lang.NumberReader;
import org.presstm.lang.Quantity;

/**
 * Known errors put into a copy of a release's translation, one at a time, for measuring what the checks
 * catch: each kind names the check that should report it. Places are drawn with a seeded random, so a run
 * is repeatable. Stateless apart from the glossary.
 */
final class ErrorInjector {
    /** One kind of error and the check (or category) expected to catch it. */
    enum Kind {
        NUMBER("numbers"), DATE("numbers"), DROPPED_SENTENCE("completeness.missing"),
        DEPRECATED_TERM("terms.deprecated"), MISSING_TERM("terms.missing"), MISSPELLED_NAME("names"),
        DOUBLE_SPACE("form.spaces"), UNBALANCED_BRACKET("form.brackets"), END_PUNCTUATION("form.end-punctuation"),
        ONE_TARGET_ONLY("cross-target");

        final String expected;

        Kind(String expected) {
            this.expected = expected;
        }
    }

    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d.,])\\d{1,4}(?![\\d\\p{L}])");
    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]{30,}[.!?](?=\\s|$)");
    private static final Pattern WORD_GAP = Pattern.compile("(?<=\\p{L}) (?=\\p{L})");
    private static final Pattern PARAGRAPH_END = Pattern.compile("(?<=\\p{L})\\.(?=\\n\\n|\\s*$)");

    private final Optional<Glossary> glossary;

    ErrorInjector(Optional<Glossary> glossary) {
        this.glossary = glossary;
    }

    /**
     * The release with one error of the kind in one target, or empty when the release offers no place for it.
     *
     * @param translated per target language, where errors of content may go ({@link ErrorPlacement}), each part
     *                   with the texts it may be compared with
     * @param outside    per target language, where they may not go although {@code translated} allows it
     */
    Optional<Map<Language, String>> inject(Kind kind, Map<Language, String> texts, Language source,
            Map<Language, List<Part>> translated, Map<Language, List<Part>> outside, Random random) {
        List<Language> targets = texts.keySet().stream().filter(l -> l != source).toList();
        Language lang = targets.get(random.nextInt(targets.size()));
        String t = texts.get(lang);
        Translated in = new Translated(t, translated.getOrDefault(lang, List.of()), outside.getOrDefault(lang, List.of()));
        Optional<String> changed = switch (kind) {
            case NUMBER -> number(t, lang, in, random);
            case DATE -> date(t, lang, in, random);
            // a frame line one agency has and another lacks is no dropped sentence: only sentences of the text
            case DROPPED_SENTENCE -> replaceOne(SENTENCE, t, in.withoutFrameLines(), random, m -> "");
            case DEPRECATED_TERM -> term(t, lang, in, random, true);
            case MISSING_TERM -> term(t, lang, in, random, false);
            case MISSPELLED_NAME -> name(t, lang, in, random);
            case DOUBLE_SPACE -> replaceOne(WORD_GAP, t, Translated.ANYWHERE, random, m -> "  ");
            case UNBALANCED_BRACKET -> replaceOne(WORD_GAP, t, Translated.ANYWHERE, random, m -> " (");
            case END_PUNCTUATION -> replaceOne(PARAGRAPH_END, t, in, random, m -> "!");
            case ONE_TARGET_ONLY -> targets.size() < 2 ? Optional.empty()
                    : replaceOne(PARAGRAPH_END, t, in, random, m -> lang == Language.RU ? " 7 апреля." : lang == Language.EN
                            ? " on 7 April." : " 7 apreldə.");
        };
        return changed.map(c -> {
            Map<Language, String> out = new EnumMap<>(texts);
            out.put(lang, c);
            return out;
        });
    }

    /**
     * A part of a target text where errors of content may go: the whole target text of its segment, the part
     * itself, and the texts a reader compares it with, by language (the segment's source; in
     * {@link ErrorPlacement#ANYWHERE} its other translation too, and for a frame line the other versions' frame
     * lines); and whether its segment is a whole frame line (a headline, date line, byline or source line).
     */
    record Part(String segment, String target, Map<Language, String> compared, boolean frameLine) {
        Part {
            compared = Map.copyOf(compared);
        }

        /** A part of a sentence of the text, compared with its source only. */
        static Part of(Language source, String sourceText, String segment, String target) {
            return new Part(segment, target, Map.of(source, sourceText), false);
        }

        /** Whether a quantity of the target is said in one of the compared texts too. */
        boolean says(Quantity q) {
            return compared.entrySet().stream().anyMatch(e -> NumberReader.of(e.getKey()).read(e.getValue()).stream()
                    .anyMatch(q::sameAs));
        }
    }

    /**
     * Where in a target text errors of content may go: the place, with a few words around it (within its
     * line, white space folded), lies in one of {@code parts} and in none of {@code outside}.
     */
    record Translated(String text, List<Part> parts, List<Part> outside) {
        static final Translated ANYWHERE = new Translated(null, null, List.of());
        private static final int CONTEXT = 20;

        /** The same places without whole frame lines. */
        Translated withoutFrameLines() {
            return parts == null ? this
                    : new Translated(text, parts.stream().filter(p -> !p.frameLine()).toList(), outside);
        }

        boolean allows(int start, int end) {
            return parts == null || part(start, end).isPresent();
        }

        /** The part the place lies in, if it lies in one. */
        Optional<Part> part(int start, int end) {
            if (parts == null) {
                return Optional.empty();
            }
            int from = Math.max(Math.max(0, text.lastIndexOf("\n", start - 1) + 1), start - CONTEXT);
            int lineEnd = text.indexOf('\n', end);
            int to = Math.min(lineEnd < 0 ? text.length() : lineEnd, end + CONTEXT);
            String around = folded(text.substring(from, to)).strip();
            if (around.isEmpty() || outside.stream().anyMatch(p -> folded(p.target()).contains(around))) {
                return Optional.empty();
            }
            return parts.stream().filter(p -> folded(p.target()).contains(around)).findFirst();
        }

        private static String folded(String s) {
            return s.replaceAll("\\s+", " ");
        }
    }

    /**
     * A number of the target one up, where a reader can see it: its quantity (or the bare number) is said in
     * a text the part is compared with.
     */
    private static Optional<String> number(String text, Language lang, Translated in, Random random) {
        List<Quantity> read = NumberReader.of(lang).read(text);
        List<int[]> spans = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            Optional<Part> part = in.part(m.start(), m.end());
            if (in.parts() == null || part.isPresent() && seen(part.get(), text, read, m.start(), m.end())) {
                spans.add(new int[] {m.start(), m.end()});
            }
        }
        if (spans.isEmpty()) {
            return Optional.empty();
        }
        int[] s = spans.get(random.nextInt(spans.size()));
        return Optional.of(text.substring(0, s[0]) + (Integer.parseInt(text.substring(s[0], s[1])) + 1)
                + text.substring(s[1]));
    }

    /**
     * Whether the number at [start, end) of the target is said in a text the part is compared with: a quantity
     * it belongs to, or, for digits no quantity takes in ("No. 12"), the same digits.
     */
    private static boolean seen(Part part, String text, List<Quantity> read, int start, int end) {
        List<Quantity> covering = read.stream().filter(q -> q.start() <= start && end <= q.end()).toList();
        if (!covering.isEmpty()) {
            return covering.stream().anyMatch(part::says);
        }
        Pattern same = Pattern.compile("(?<!\\d)0*" + Integer.parseInt(text.substring(start, end)) + "(?!\\d)");
        return part.compared().values().stream().anyMatch(t -> same.matcher(t).find());
    }

    private static Optional<String> replaceOne(Pattern p, String text, Translated in, Random random,
            java.util.function.UnaryOperator<String> with) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            if (in.allows(m.start(), m.end())) {
                spans.add(new int[] {m.start(), m.end()});
            }
        }
        if (spans.isEmpty()) {
            return Optional.empty();
        }
        int[] s = spans.get(random.nextInt(spans.size()));
        return Optional.of(text.substring(0, s[0]) + with.apply(text.substring(s[0], s[1])) + text.substring(s[1]));
    }

    /** Another day in one of the target's dates. */
    private static Optional<String> date(String text, Language lang, Translated in, Random random) {
        List<Quantity> dates = NumberReader.of(lang).read(text).stream()
                .filter(q -> q.kind() == Quantity.Kind.DATE)
                .filter(q -> in.part(q.start(), q.end()).map(p -> p.says(q)).orElse(false)).toList();
        if (dates.isEmpty()) {
            return Optional.empty();
        }
        Quantity d = dates.get(random.nextInt(dates.size()));
        String span = text.substring(d.start(), d.end());
        Matcher m = Pattern.compile("\\d{1,2}").matcher(span);
        if (!m.find()) {
            return Optional.empty();
        }
        int day = Integer.parseInt(m.group());
        String moved = span.substring(0, m.start()) + (day % 28 + 1) + span.substring(m.end());
        return Optional.of(text.substring(0, d.start()) + moved + text.substring(d.end()));
    }

    /** A glossary term of the target replaced by a deprecated one of its concept, or by a plain word. */
    private Optional<String> term(String text, Language lang, Translated in, Random random, boolean deprecated) {
        if (glossary.isEmpty()) {
            return Optional.empty();
        }
        // a term the translator added cannot be missed: only concepts a compared text has count
        Glossary g = glossary.get();
        List<TermHit> hits = glossary.get().scan(text, lang).stream().filter(h -> h.term().status().usable())
                .filter(h -> in.allows(h.start(), h.end()))
                .filter(h -> !deprecated || h.concept().terms(lang).stream().anyMatch(t -> t.status() == TermStatus.DEPRECATED))
                .filter(h -> deprecated || !h.concept().subject().equals("person") && missable(g, h, in, lang))
                .toList();
        if (hits.isEmpty()) {
            return Optional.empty();
        }
        TermHit h = hits.get(random.nextInt(hits.size()));
        String with = deprecated ? h.concept().terms(lang).stream().filter(t -> t.status() == TermStatus.DEPRECATED)
                .map(Term::text).findFirst().orElseThrow()
                : lang == Language.RU ? "организация" : lang == Language.EN ? "organisation" : "təşkilat";
        return Optional.of(text.substring(0, h.start()) + with + text.substring(h.end()));
    }

    /**
     * Whether taking the hit out leaves its concept missing where a reader can see it: a text the part is
     * compared with has the concept (a term the translator added cannot be missed) and the part's segment has
     * it only this once.
     */
    private static boolean missable(Glossary g, TermHit h, Translated in, Language lang) {
        Optional<Part> part = in.part(h.start(), h.end());
        if (part.isEmpty()) {
            return false;
        }
        String id = h.concept().id();
        return part.get().compared().entrySet().stream().anyMatch(e -> g.scan(e.getValue(), e.getKey()).stream()
                        .anyMatch(x -> x.concept().id().equals(id)))
                && g.scan(part.get().segment(), lang).stream().filter(x -> x.concept().id().equals(id)).count() == 1;
    }

    private static int firstVowel(String word) {
        for (int i = 1; i < word.length(); i++) {
            if ("аеиоуaeiou".indexOf(word.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** A person's name of the glossary spelled the Azerbaijani way, or with a letter dropped. */
    private Optional<String> name(String text, Language lang, Translated in, Random random) {
        if (glossary.isEmpty()) {
            return Optional.empty();
        }
        List<TermHit> people = glossary.get().scan(text, lang).stream()
                .filter(h -> h.concept().subject().equals("person")).filter(h -> in.allows(h.start(), h.end())).toList();
        if (people.isEmpty()) {
            return Optional.empty();
        }
        TermHit h = people.get(random.nextInt(people.size()));
        String form = h.form();
        int space = form.lastIndexOf(' ');
        String surname = form.substring(space + 1);
        String wrong = lang == Language.EN ? Transliterator.instance().transliterate(surname, Language.EN, Language.AZ)
                : surname;
        if (wrong.equals(surname)) {
            // a vowel changed, as a careless transcription does: Гафарова → Гофарова, Guliyev → Guleyev
            int vowel = firstVowel(surname);
            if (vowel < 0) {
                return Optional.empty();
            }
            char c = surname.charAt(vowel);
            char other = "аеиоуaeiou".indexOf(c) < 5 ? "оиеуа".charAt("аеиоу".indexOf(c) < 0 ? 0 : "аеиоу".indexOf(c))
                    : 'x';
            other = "aeiou".indexOf(c) >= 0 ? "oieua".charAt("aeiou".indexOf(c)) : other;
            wrong = surname.substring(0, vowel) + other + surname.substring(vowel + 1);
        }
        int at = h.start() + space + 1;
        return Optional.of(text.substring(0, at) + wrong + text.substring(at + surname.length()));
    }
}
