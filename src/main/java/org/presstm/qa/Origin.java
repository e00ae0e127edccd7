package org.presstm.qa;

/** Where the checked segments come from; some checks word their advice, or apply, accordingly. */
public enum Origin {
    /** A translated XLIFF file or package: a missing target is untranslated. */
    PACKAGE,
    /** A release given in two or three languages, aligned on the fly: a missing target is a dropped sentence. */
    RELEASE,
    /** Units of the translation memory. */
    MEMORY
}
