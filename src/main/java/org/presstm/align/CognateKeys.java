package org.presstm.align;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.presstm.glossary.Transliterator;
import org.presstm.lang.Language;

/**
 * Keys under which a name or an international word looks the same in az, en and ru: the word is spelt in
 * English Latin by the glossary's {@link Transliterator} (Гафарова → Gafarova, Qafarova → Gafarova), then
 * reduced to a consonant skeleton with a mark for an initial vowel, sounds that the spellings confuse
 * folded together (g/k/q, s/z, v/w, c before e/i as s, -tion as -sion), doubled letters once. The first
 * four classes are the key, so that suffixes do not matter (Qafarovanın, Гафаровой: {@code kfrv};
 * parlament, parliament, парламент: {@code prlm}). A phonetic key in the spirit of Soundex (Russell 1918)
 * and of the cognate criteria of Simard, Foster and Isabelle (1992). Words under four letters, stop words
 * and words with fewer than three classes give no key. Thread-safe; keys are cached per word.
 */
final class CognateKeys {
    static final int KEY_LENGTH = 4;
    private static final int MIN_CLASSES = 3;
    private static final int CACHE_LIMIT = 200_000;
    private static final Map<Language, Set<String>> STOP = new EnumMap<>(Language.class);

    static {
        for (Language lang : Language.values()) {
            Set<String> words = new HashSet<>();
            for (String line : AlignData.lines(lang.code() + "/stopwords.txt")) {
                words.addAll(List.of(line.split("\\s+")));
            }
            STOP.put(lang, Set.copyOf(words));
        }
    }

    private final Transliterator transliterator = Transliterator.instance();
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    /** The key of a word (as written, letters only), or null when the word gives none. */
    String key(String word, String folded, Language language) {
        if (word.length() < 4 || STOP.get(language).contains(folded)) {
            return null;
        }
        String cacheKey = language.code() + folded;
        String key = cache.get(cacheKey);
        if (key == null) {
            String latin = language == Language.EN ? folded : transliterator.transliterate(folded, language,
                    Language.EN);
            key = skeleton(latin.toLowerCase(java.util.Locale.ROOT));
            // a short name (Oman, Toyota) is a sure anchor; a short common word is not
            if (key.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                String shortKey = shortSkeleton(latin.toLowerCase(java.util.Locale.ROOT));
                key = shortKey.isEmpty() ? "" : "^" + shortKey;
            }
            if (cache.size() < CACHE_LIMIT) {
                cache.put(cacheKey, key);
            }
        }
        return key.isEmpty() ? null : key;
    }

    /** The skeleton of a word in English Latin letters; empty when it has fewer than three classes. */
    static String skeleton(String latin) {
        StringBuilder out = new StringBuilder(KEY_LENGTH);
        int n = latin.length();
        boolean vowelBefore = false;
        for (int i = 0; i < n && out.length() < KEY_LENGTH; i++) {
            char c = latin.charAt(i);
            char next = i + 1 < n ? latin.charAt(i + 1) : ' ';
            char cls;
            if (isVowel(c)) {
                if (i == 0) {
                    out.append('*');
                }
                vowelBefore = true;
                continue;
            }
            switch (c) {
                case 's' -> { cls = next == 'h' ? 'S' : 's'; i += next == 'h' ? 1 : 0; }
                case 'c' -> {
                    cls = next == 'h' ? 'C' : (next == 'e' || next == 'i' || next == 'y') ? 's' : 'k';
                    i += next == 'h' || next == 'k' ? 1 : 0;
                }
                case 'k' -> { cls = next == 'h' ? 'h' : 'k'; i += next == 'h' ? 1 : 0; }
                case 'z' -> { cls = next == 'h' ? 'j' : 's'; i += next == 'h' ? 1 : 0; }
                case 't' -> {
                    boolean tion = next == 'i' && i + 2 < n && isVowel(latin.charAt(i + 2)) && i > 0;
                    cls = next == 's' || tion ? 's' : 't';
                    i += next == 's' || next == 'h' ? 1 : 0;
                }
                case 'p' -> { cls = next == 'h' ? 'f' : 'p'; i += next == 'h' ? 1 : 0; }
                case 'g', 'q' -> { cls = 'k'; i += next == 'h' ? 1 : 0; }
                case 'd' -> { cls = next == 'j' || next == 'z' ? 'j' : 'd'; i += next == 'j' ? 1 : 0; }
                case 'w' -> cls = 'v';
                case 'x' -> cls = 'k';
                default -> cls = Character.isLetter(c) ? c : 0;
            }
            if (cls != 0 && (out.length() == 0 || vowelBefore || out.charAt(out.length() - 1) != cls)) {
                out.append(cls);
            }
            vowelBefore = false;
        }
        return out.length() >= MIN_CLASSES ? out.toString() : "";
    }

    /** The skeleton of a short name: two classes are enough. */
    static String shortSkeleton(String latin) {
        String full = skeleton(latin + "");
        if (!full.isEmpty()) {
            return full;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            if (i == 0 && isVowel(c)) {
                out.append('*');
            } else if (Character.isLetter(c) && !isVowel(c)) {
                out.append(skeletonOf(c));
            }
        }
        return out.length() == 2 ? out.toString() : "";
    }

    private static char skeletonOf(char c) {
        return switch (c) {
            case 'g', 'q', 'x' -> 'k';
            case 'z' -> 's';
            case 'w' -> 'v';
            default -> c;
        };
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }
}
