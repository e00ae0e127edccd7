package org.presstm.glossary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.presstm.lang.Language;

/**
 * Proposes the spelling of a name in another script by rule: Azerbaijani Latin ↔ Russian Cyrillic ↔ the
 * English spellings the Milli Majlis uses (q → g/г, x → kh/х, ə → a/а, ş → sh/ш, c → j/дж, h → г at the
 * start of a word, ...). The tables are data ({@code glossary/<from>/to-<to>.txt}); English to Russian goes
 * through Azerbaijani. A rule may list alternatives, which give variant proposals (ə → а or е:
 * Kərimli → Каримли, Керимли), since no rule set knows every family's registered spelling.
 * Tables are loaded once; thread-safe.
 */
public final class Transliterator {
    private static final Transliterator INSTANCE = new Transliterator();
    private static final int MAX_VARIANTS = 4;

    private final Map<String, TransliterationTable> tables = new ConcurrentHashMap<>();

    private Transliterator() {
    }

    public static Transliterator instance() {
        return INSTANCE;
    }

    /** The rule-based spelling; the text itself when both languages are the same. */
    public String transliterate(String text, Language from, Language to) {
        return propose(text, from, to).get(0);
    }

    /** The rule-based spelling first, then up to a few variants from alternative rules; never empty. */
    public List<String> propose(String text, Language from, Language to) {
        if (from == to) {
            return List.of(text);
        }
        if (from == Language.EN && to == Language.RU) {
            String az = table(Language.EN, Language.AZ).apply(text, -1);
            return propose(az, Language.AZ, Language.RU);
        }
        TransliterationTable table = table(from, to);
        Set<String> out = new LinkedHashSet<>();
        out.add(table.apply(text, -1));
        for (int rule : table.rulesWithAlternatives(text)) {
            if (out.size() > MAX_VARIANTS) {
                break;
            }
            out.add(table.apply(text, rule));
        }
        return List.copyOf(new ArrayList<>(out));
    }

    private TransliterationTable table(Language from, Language to) {
        String name = from.code() + "/to-" + to.code() + ".txt";
        Locale target = to.locale();
        return tables.computeIfAbsent(name, n -> new TransliterationTable(LanguageData.rows(n), target,
                from == Language.RU ? "аеёиоуыэюя" : "aeəıioöuü", from == Language.AZ));
    }
}
