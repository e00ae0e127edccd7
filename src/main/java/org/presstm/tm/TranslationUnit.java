package org.presstm.tm;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A translation unit as in TMX: the same sentence in any number of languages, with the unit's metadata.
 *
 * @param tuid the TMX tuid, or null
 * @param release the press release the unit came from, or null (TMX: {@code <prop type="x-release">})
 */
public record TranslationUnit(String tuid, String release, Provenance provenance, List<Prop> props,
        List<String> notes, List<Variant> variants) {
    /** The prop type that carries {@link #release()} in TMX. */
    public static final String RELEASE_PROP = "x-release";

    public TranslationUnit {
        variants = List.copyOf(variants);
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("unit " + (tuid == null ? "" : tuid + " ") + "has no variant");
        }
        Set<String> seen = new HashSet<>();
        for (Variant v : variants) {
            if (!seen.add(v.lang().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("unit " + (tuid == null ? "" : tuid + " ")
                        + "has two variants in " + v.lang());
            }
        }
        tuid = tuid == null || tuid.isBlank() ? null : tuid;
        release = release == null || release.isBlank() ? null : release;
        provenance = provenance == null ? Provenance.NONE : provenance;
        props = List.copyOf(props);
        notes = List.copyOf(notes);
    }

    public static TranslationUnit of(Variant... variants) {
        return new TranslationUnit(null, null, Provenance.NONE, List.of(), List.of(), List.of(variants));
    }

    /** The first variant whose language has the given primary subtag ("az" finds "az-AZ"). */
    public Optional<Variant> variant(String langKey) {
        String key = Variant.keyOf(langKey);
        return variants.stream().filter(v -> v.langKey().equals(key)).findFirst();
    }
}
