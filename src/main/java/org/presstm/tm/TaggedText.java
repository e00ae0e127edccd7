package org.presstm.tm;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of a variant with its inline codes. {@code coded} is the text with each code replaced by two
 * private-use characters: a marker ({@link #OPEN}, {@link #CLOSE} or {@link #ISOLATED}) and
 * {@code (char) (INDEX_BASE + i)}, where {@code i} indexes {@link #codes()}. This is the encoding Okapi
 * uses too, which keeps conversion at the TMX edge trivial, but nothing outside {@code tm}'s TMX reader and
 * writer depends on Okapi. Immutable.
 */
public record TaggedText(String coded, List<InlineCode> codes) {
    public static final char OPEN = '\uE101';
    public static final char CLOSE = '\uE102';
    public static final char ISOLATED = '\uE103';
    public static final int INDEX_BASE = 0xE110;

    public TaggedText {
        if (coded == null) {
            throw new IllegalArgumentException("text is null");
        }
        codes = List.copyOf(codes);
        for (int i = 0; i < coded.length(); i++) {
            if (isMarker(coded.charAt(i))) {
                int index = i + 1 < coded.length() ? coded.charAt(i + 1) - INDEX_BASE : -1;
                if (index < 0 || index >= codes.size()) {
                    throw new IllegalArgumentException("inline code marker at " + i + " refers to no code");
                }
                if (codes.get(index).kind().marker() != coded.charAt(i)) {
                    throw new IllegalArgumentException("inline code " + index + " is not a "
                            + codes.get(index).kind() + " at " + i);
                }
                i++;
            }
        }
    }

    /** Text without codes. */
    public static TaggedText of(String text) {
        return new TaggedText(text, List.of());
    }

    /** Builds a coded text: strings are text, {@link InlineCode}s are codes. */
    public static TaggedText of(Object... parts) {
        StringBuilder sb = new StringBuilder();
        List<InlineCode> codes = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof InlineCode code) {
                sb.append(code.kind().marker()).append((char) (INDEX_BASE + codes.size()));
                codes.add(code);
            } else {
                sb.append(part);
            }
        }
        return new TaggedText(sb.toString(), codes);
    }

    public static boolean isMarker(char c) {
        return c == OPEN || c == CLOSE || c == ISOLATED;
    }

    /** The text with the codes left out. */
    public String plain() {
        if (codes.isEmpty()) {
            return coded;
        }
        StringBuilder sb = new StringBuilder(coded.length());
        for (int i = 0; i < coded.length(); i++) {
            char c = coded.charAt(i);
            if (isMarker(c)) {
                i++;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The text with codes shown as {@code <1>}, {@code </1>}, {@code <2/>}, for people to read. */
    public String display() {
        StringBuilder sb = new StringBuilder(coded.length() + 8 * codes.size());
        for (int i = 0; i < coded.length(); i++) {
            char c = coded.charAt(i);
            if (!isMarker(c)) {
                sb.append(c);
                continue;
            }
            InlineCode code = codes.get(coded.charAt(++i) - INDEX_BASE);
            switch (code.kind()) {
                case OPEN, ISOLATED_OPEN -> sb.append('<').append(code.id()).append('>');
                case CLOSE, ISOLATED_CLOSE -> sb.append("</").append(code.id()).append('>');
                default -> sb.append('<').append(code.id()).append("/>");
            }
        }
        return sb.toString();
    }

    public boolean isEmpty() {
        return plain().isBlank() && codes.isEmpty();
    }
}
