package org.presstm.tm;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

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
     * @param codes {@link Codec#codes} of the variant's inline codes
     * @param words how many index keys the text has (with repeats)
     * @param indexText the language-prefixed keys as the FTS table takes them, space-separated
     * @param distinct the language-prefixed keys, each once, for the word frequencies
     */
    public record KeyedVariant(String codes, int words, String indexText, List<String> distinct) {
    }

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

    private static KeyedVariant variant(Variant v) {
        List<String> keys = Words.keys(v.text().plain(), v.langKey());
        StringBuilder text = new StringBuilder(keys.size() * 12);
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        for (String k : keys) {
            String word = CandidateIndex.key(v.langKey(), k);
            text.append(word).append(' ');
            distinct.add(word);
        }
        return new KeyedVariant(Codec.codes(v.text().codes()), keys.size(), text.toString(), List.copyOf(distinct));
    }

    private static long fingerprint(TranslationUnit unit, List<KeyedVariant> keyed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < unit.variants().size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(i -> unit.variants().get(i).lang().toLowerCase(Locale.ROOT)));
        MessageDigest sha = sha256();
        for (int i : order) {
            Variant v = unit.variants().get(i);
            sha.update(v.lang().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(v.text().coded().getBytes(StandardCharsets.UTF_8));
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
