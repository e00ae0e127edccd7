package org.presstm.tm;

/**
 * An inline code inside a segment: a formatting tag, a placeholder or half of a pair whose other half lies
 * outside the segment (TMX {@code <bpt>}, {@code <ept>}, {@code <ph>}, {@code <it>}).
 *
 * @param kind what the code does in the text
 * @param id the TMX {@code i}/{@code x} number; an opening and its closing share it
 * @param type the TMX {@code type} attribute ("bold", "link"...), or "" when none was given
 * @param data the native markup the code stands for (e.g. {@code <b>}), or "" when unknown
 */
public record InlineCode(Kind kind, int id, String type, String data) {

    /** Kinds of inline codes; the isolated ones are TMX {@code <it pos="begin|end">}. */
    public enum Kind {
        OPEN, CLOSE, PLACEHOLDER, ISOLATED_OPEN, ISOLATED_CLOSE;

        /** The marker character that stands for a code of this kind in {@link TaggedText#coded()}. */
        public char marker() {
            return switch (this) {
                case OPEN -> TaggedText.OPEN;
                case CLOSE -> TaggedText.CLOSE;
                default -> TaggedText.ISOLATED;
            };
        }
    }

    public InlineCode {
        if (kind == null) {
            throw new IllegalArgumentException("inline code without a kind");
        }
        if (id < 0) {
            throw new IllegalArgumentException("inline code id must not be negative: " + id);
        }
        type = type == null ? "" : type;
        data = data == null ? "" : data;
    }
}
