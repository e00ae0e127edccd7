package org.presstm.xliff;

import java.util.Locale;

/**
 * Where CAT tools differ in what they expect of an XLIFF 1.2 file. {@link #GENERIC} (Trados, memoQ, Phrase)
 * pre-fills exact matches in {@code <target>} for review and leaves the rest empty. {@link #OMEGAT}: OmegaT's
 * XLIFF filter translates whatever stands in {@code <target>}, so every target holds a copy of the source
 * with {@code state="new"} (as Okapi's translation kits do), and the memory matches travel in the TMX
 * that goes into the project's {@code tm/} folder.
 */
public enum Profile {
    GENERIC, OMEGAT;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Profile of(String key) {
        for (Profile p : values()) {
            if (p.key().equalsIgnoreCase(key.trim())) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown package profile '" + key + "' (expected omegat or generic)");
    }
}
