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

    /** The release with one error of the kind in one target, or empty when the release offers no place for it. */
    Optional<Map<Language, String>> inject(Kind kind, Map<Language, String> texts, Language source, Random random) {
        List<Language> targets = texts.keySet().stream().filter(l -> l != source).toList();
        Language lang = targets.get(random.nextInt(targets.size()));
        String t = texts.get(lang);
        Optional<String> changed = switch (kind) {
            case NUMBER -> replaceOne(NUMBER, t, random, m -> String.valueOf(Integer.parseInt(m) + 1));
            case DATE -> date(t, lang, random);
            case DROPPED_SENTENCE -> replaceOne(SENTENCE, t, random, m -> "");
            case DEPRECATED_TERM -> term(t, lang, random, true, texts.get(source), source);
            case MISSING_TERM -> term(t, lang, random, false, texts.get(source), source);
            case MISSPELLED_NAME -> name(t, lang, random);
            case DOUBLE_SPACE -> replaceOne(WORD_GAP, t, random, m -> "  ");
            case UNBALANCED_BRACKET -> replaceOne(WORD_GAP, t, random, m -> " (");
            case END_PUNCTUATION -> replaceOne(PARAGRAPH_END, t, random, m -> "!");
            case ONE_TARGET_ONLY -> targets.size() < 2 ? Optional.empty()
                    : replaceOne(PARAGRAPH_END, t, random, m -> lang == Language.RU ? " 7 апреля." : lang == Language.EN
                            ? " on 7 April." : " 7 apreldə.");
        };
        return changed.map(c -> {
            Map<Language, String> out = new EnumMap<>(texts);
            out.put(lang, c);
            return out;
        });
    }

    private static Optional<String> replaceOne(Pattern p, String text, Random random,
            java.util.function.UnaryOperator<String> with) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return Optional.empty();
        }
        int[] s = spans.get(random.nextInt(spans.size()));
        return Optional.of(text.substring(0, s[0]) + with.apply(text.substring(s[0], s[1])) + text.substring(s[1]));
    }

    /** Another day in one of the target's dates. */
    private static Optional<String> date(String text, Language lang, Random random) {
        List<Quantity> dates = NumberReader.of(lang).read(text).stream()
                .filter(q -> q.kind() == Quantity.Kind.DATE).toList();
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
    private Optional<String> term(String text, Language lang, Random random, boolean deprecated, String sourceText,
            Language source) {
        if (glossary.isEmpty()) {
            return Optional.empty();
        }
        // a term the translator added cannot be missed against the source: only the source's concepts count
        java.util.Set<String> inSource = new java.util.HashSet<>();
        glossary.get().scan(sourceText, source).forEach(h -> inSource.add(h.concept().id()));
        List<TermHit> hits = glossary.get().scan(text, lang).stream().filter(h -> h.term().status().usable())
                .filter(h -> !deprecated || h.concept().terms(lang).stream().anyMatch(t -> t.status() == TermStatus.DEPRECATED))
                .filter(h -> deprecated || !h.concept().subject().equals("person") && inSource.contains(h.concept().id()))
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

    private static int firstVowel(String word) {
        for (int i = 1; i < word.length(); i++) {
            if ("аеиоуaeiou".indexOf(word.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** A person's name of the glossary spelled the Azerbaijani way, or with a letter dropped. */
    private Optional<String> name(String text, Language lang, Random random) {
        if (glossary.isEmpty()) {
            return Optional.empty();
        }
        List<TermHit> people = glossary.get().scan(text, lang).stream()
                .filter(h -> h.concept().subject().equals("person")).toList();
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
