package org.presstm.tm;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A unit with what storing it derives from its texts alone: its fingerprint (the first 64 bits of SHA-256
 * over its sorted variants, equal for units whose texts are all identical) and, for each variant, its
 * encoded inline codes and its index keys ({@link Words#keys}). Building these needs no transaction, so an
 * import builds them on its reading thread while the writing thread stores the previous units; each is
 * built once per variant. Immutable.
 *
 * @param variants in the order of {@code unit.variants()}
 */
public record KeyedUnit(TranslationUnit unit, long fingerprint, List<KeyedVariant> variants) {
    /**
     * @param langKey {@link Variant#langKey()}
     * @param codes {@link Codec#codes} of the variant's inline codes
     * @param words how many index keys the text has (with repeats)
     * @param indexText the language-prefixed keys as the FTS table takes them, space-separated
     * @param distinct the language-prefixed keys, each once, for the word frequencies
     */
    public record KeyedVariant(String langKey, String codes, int words, String indexText, List<String> distinct) {
    }

    /** Above this many keys a variant's repeats are found with a hash set rather than by comparing. */
    private static final int FEW_KEYS = 32;
    /** One digest per thread: looking one up is a search through the security providers. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(KeyedUnit::sha256);

    public KeyedUnit {
        variants = List.copyOf(variants);
    }

    /** Derives the keys and fingerprint of a unit; thread-safe. */
    public static KeyedUnit of(TranslationUnit unit) {
        List<KeyedVariant> keyed = new ArrayList<>(unit.variants().size());
        for (Variant v : unit.variants()) {
            keyed.add(variant(v));
        }
        return new KeyedUnit(unit, fingerprint(unit, keyed), keyed);
    }

    /** The keys of {@link Words#keys}, each prefixed by {@link CandidateIndex#key}, in one pass over the text. */
    private static KeyedVariant variant(Variant v) {
        String langKey = v.langKey();
        String prefix = CandidateIndex.key(langKey, "");
        String keyText = Words.keyText(v.text().plain(), Words.language(langKey));
        StringBuilder text = new StringBuilder(keyText.length() + 8 * prefix.length());
        List<String> distinct = new ArrayList<>();
        Set<String> seen = null;
        int words = 0;
        int start = -1;
        for (int i = 0; i <= keyText.length(); i++) {
            boolean word = i < keyText.length() && Words.isWordChar(keyText.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                int at = text.length();
                text.append(prefix).append(keyText, start, i);
                String key = text.substring(at);
                text.append(' ');
                words++;
                start = -1;
                if (seen == null && distinct.size() == FEW_KEYS) {
                    seen = new HashSet<>(distinct);
                }
                if (seen != null ? seen.add(key) : !distinct.contains(key)) {
                    distinct.add(key);
                }
            }
        }
        return new KeyedVariant(langKey, Codec.codes(v.text().codes()), words, text.toString(),
                Collections.unmodifiableList(distinct));
    }

    /** SHA-256 over the variants sorted by lower-cased language: language, 0, coded text, 0, codes, 1. */
    private static long fingerprint(TranslationUnit unit, List<KeyedVariant> keyed) {
        int n = unit.variants().size();
        String[] langs = new String[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            langs[i] = unit.variants().get(i).lang().toLowerCase(Locale.ROOT);
            order[i] = i;
        }
        for (int i = 1; i < n; i++) { // insertion sort: a handful of variants, languages distinct
            int o = order[i];
            int j = i - 1;
            for (; j >= 0 && langs[order[j]].compareTo(langs[o]) > 0; j--) {
                order[j + 1] = order[j];
            }
            order[j + 1] = o;
        }
        MessageDigest sha = SHA256.get();
        sha.reset();
        for (int i : order) {
            sha.update(langs[i].getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(unit.variants().get(i).text().coded().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(keyed.get(i).codes().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 1);
        }
        return ByteBuffer.wrap(sha.digest()).getLong();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
