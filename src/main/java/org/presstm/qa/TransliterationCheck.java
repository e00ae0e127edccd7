package org.presstm.qa;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.presstm.glossary.Glossary;
import org.presstm.glossary.Transliterator;
import org.presstm.lang.Language;
import org.presstm.lang.TextNormalizer;

/**
 * {@code names.transliteration}: an Azerbaijani name that the glossary does not know, spelled in an English
 * or Russian target otherwise than the transliteration rules ({@link Transliterator}) give: the target word
 * nearest one of the rule spellings is reported when it is close (an edit or two) but none of them. Only
 * words with letters that the spelling systems render differently (ə, ı, ö, ü, ğ, ş, ç, q, x) are looked at:
 * foreign names in an Azerbaijani text ("Yusuf Raza Gilani") keep their own registered spelling.
 */
final class TransliterationCheck extends BaseCheck {
    private static final String MARKED_LETTERS = "əıöüğşçqx";
    private static final String[] SUFFIXES = {"nın", "nin", "nun", "nün", "dan", "dən", "tan", "tən", "yla", "ylə",
        "ın", "in", "un", "ün", "da", "də", "ta", "tə", "ya", "yə", "la", "lə", "nı", "ni", "nu", "nü"};

    private static final String[] POSSESSIVES = {"sı", "si", "su", "sü"};

    private final Optional<Glossary> glossary;

    TransliterationCheck(CheckContext context) {
        super("names.transliteration", Severity.WARNING,
                "A name not in the glossary is spelled otherwise than the transliteration rules give");
        this.glossary = context.glossary();
    }

    @Override
    public List<Example> examples() {
        return List.of(
                Example.of(true, "Görüşdə deputat Aygün Şükürova da iştirak edib.", "MP Aygun Shukurowa also attended."),
                Example.of(true, "Görüşdə deputat Aygün Şükürova da iştirak edib.", "MP Aygün Şükürova also attended."),
                Example.of(false, "Görüşdə deputat Aygün Şükürova da iştirak edib.", "MP Aygun Shukurova also attended."),
                Example.of(false, Language.AZ, "Deputat Şükürovanın çıxışı", Language.RU, "Выступление депутата Шукюровой"));
    }

    @Override
    public void check(ParallelSegment s, Consumer<Finding> out) {
        if (s.sourceLanguage() != Language.AZ) {
            return;
        }
        String source = s.sourceText();
        for (int[] w : Names.capitalisedWords(source)) {
            String word = source.substring(w[0], w[1]);
            if (!azerbaijaniSpelled(word) || known(word)) {
                continue;
            }
            String stem = stem(word);
            for (Language lang : s.translatedLanguages()) {
                check(s, stem, lang, out);
            }
        }
    }

    private void check(ParallelSegment s, String stem, Language lang, Consumer<Finding> out) {
        String target = s.target(lang).orElseThrow();
        List<String> proposals = Transliterator.instance().propose(stem, Language.AZ, lang);
        int[] nearest = null;
        int nearestDistance = Integer.MAX_VALUE;
        for (int[] w : Names.capitalisedWords(target)) {
            String folded = loose(target.substring(w[0], w[1]), lang);
            for (String p : proposals) {
                // English does not inflect names; Russian changes their ending (Шукюрова, Шукюровой)
                String rule = lang == Language.RU ? Names.stem(loose(p, lang)) : loose(p, lang);
                if (folded.startsWith(rule) || (folded.length() >= 4 && rule.startsWith(folded))) {
                    return;
                }
                int d = NamesCheck.distance(folded.substring(0, Math.min(folded.length(), rule.length())), rule);
                if (d < nearestDistance) {
                    nearest = w;
                    nearestDistance = d;
                }
            }
        }
        if (nearest != null && nearestDistance <= Math.max(1, stem.length() / 4)) {
            out.accept(finding(s, lang, "\"" + target.substring(nearest[0], nearest[1]) + "\" is not spelled as the "
                    + "transliteration rules give for \"" + stem + "\" (" + String.join(" or ", proposals)
                    + "): correct it, or add the name's registered spelling to the glossary",
                    List.of(new Mark(lang, nearest[0], nearest[1]))));
        }
    }

    /**
     * The folded word, in Russian with the vowels that Azerbaijani ones may become merged (ü gives ю or у,
     * ə gives а, я or е), since the rules cannot know which one a family registered.
     */
    static String loose(String word, Language lang) {
        String folded = TextNormalizer.fold(word, lang);
        if (lang != Language.RU) {
            return folded;
        }
        StringBuilder sb = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            sb.append(switch (c) {
                case 'я', 'а' -> 'а';
                case 'ю', 'у' -> 'у';
                case 'е', 'э', 'ё' -> 'е';
                case 'ы', 'и', 'й' -> 'и';
                default -> c;
            });
        }
        return sb.toString();
    }

    private static boolean azerbaijaniSpelled(String word) {
        String folded = TextNormalizer.fold(word, Language.AZ);
        if (folded.length() < 4) {
            return false;
        }
        for (int i = 0; i < folded.length(); i++) {
            if (MARKED_LETTERS.indexOf(folded.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private boolean known(String word) {
        return glossary.map(g -> !g.lookup(word, Optional.of(Language.AZ)).isEmpty()).orElse(false);
    }

    /**
     * The name without a case ending and a possessive before it ("Şükürovanın" → "Şükürova", "Riigikoqusunun"
     * → "Riigikoqu"), cut at an apostrophe.
     */
    static String stem(String word) {
        int apostrophe = word.indexOf('\'');
        String w = apostrophe > 0 ? word.substring(0, apostrophe) : word;
        w = strip(w, SUFFIXES);
        return strip(w, POSSESSIVES);
    }

    private static String strip(String w, String[] suffixes) {
        for (String suffix : suffixes) {
            if (w.length() - suffix.length() >= 4 && w.endsWith(suffix)) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }
}
