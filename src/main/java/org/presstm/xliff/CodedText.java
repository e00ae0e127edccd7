package org.presstm.xliff;

import java.util.ArrayList;
import java.util.List;

import org.presstm.tm.InlineCode;
import org.presstm.tm.TaggedText;

/**
 * Cutting and joining of coded texts ({@link TaggedText}): the pieces a segment boundary makes out of a
 * paragraph, and a paragraph built back from translated pieces. A piece that holds only one half of a
 * paired code gets it as an isolated code, as XLIFF's {@code <bx/>}/{@code <ex/>} and TMX's {@code <it>} do.
 * Stateless.
 */
final class CodedText {
    private CodedText() {
    }

    /** The part of {@code text} in {@code [start, end)} (coded offsets), its codes renumbered from 0. */
    static TaggedText slice(TaggedText text, int start, int end) {
        String coded = text.coded();
        checkBoundary(coded, start);
        checkBoundary(coded, end);
        StringBuilder sb = new StringBuilder(end - start);
        List<InlineCode> codes = new ArrayList<>();
        List<Integer> openIds = new ArrayList<>();
        List<Integer> closeIds = new ArrayList<>();
        for (int i = start; i < end; i++) {
            char c = coded.charAt(i);
            if (TaggedText.isMarker(c)) {
                InlineCode code = text.codes().get(coded.charAt(++i) - TaggedText.INDEX_BASE);
                (code.kind() == InlineCode.Kind.OPEN ? openIds : closeIds).add(code.id());
                codes.add(code);
                sb.append(c).append((char) (TaggedText.INDEX_BASE + codes.size() - 1));
            } else {
                sb.append(c);
            }
        }
        return isolateUnpaired(sb, codes, openIds, closeIds);
    }

    private static TaggedText isolateUnpaired(StringBuilder sb, List<InlineCode> codes, List<Integer> openIds,
            List<Integer> closeIds) {
        for (int i = 0; i < sb.length(); i++) {
            if (!TaggedText.isMarker(sb.charAt(i))) {
                continue;
            }
            int index = sb.charAt(i + 1) - TaggedText.INDEX_BASE;
            InlineCode code = codes.get(index);
            InlineCode.Kind isolated = null;
            if (code.kind() == InlineCode.Kind.OPEN && !closeIds.contains(code.id())) {
                isolated = InlineCode.Kind.ISOLATED_OPEN;
            } else if (code.kind() == InlineCode.Kind.CLOSE && !openIds.contains(code.id())) {
                isolated = InlineCode.Kind.ISOLATED_CLOSE;
            }
            if (isolated != null) {
                codes.set(index, new InlineCode(isolated, code.id(), code.type(), code.data()));
                sb.setCharAt(i, TaggedText.ISOLATED);
            }
            i++;
        }
        return new TaggedText(sb.toString(), codes);
    }

    private static void checkBoundary(String coded, int at) {
        if (at < 0 || at > coded.length() || (at > 0 && TaggedText.isMarker(coded.charAt(at - 1)))) {
            throw new IllegalArgumentException("offset " + at + " is not a boundary of the coded text");
        }
    }

    /** The codes of a text as comparable keys: "open 1", "close 1", "ph 2" (isolated halves count as halves). */
    static List<String> codeKeys(TaggedText text) {
        List<String> keys = new ArrayList<>();
        for (InlineCode c : text.codes()) {
            keys.add(key(c));
        }
        return keys;
    }

    static String key(InlineCode c) {
        return switch (c.kind()) {
            case OPEN, ISOLATED_OPEN -> "<" + c.id() + ">";
            case CLOSE, ISOLATED_CLOSE -> "</" + c.id() + ">";
            case PLACEHOLDER -> "<" + c.id() + "/>";
        };
    }

    /** The plain text for sentence splitting, with for each of its chars the coded offset it came from. */
    record Plain(String text, int[] codedOffset) {
    }

    /** Codes are left out, except placeholders, which read as a space (a {@code <br>} separates words). */
    static Plain plain(TaggedText text) {
        String coded = text.coded();
        StringBuilder sb = new StringBuilder(coded.length());
        int[] offsets = new int[coded.length() + 1];
        for (int i = 0; i < coded.length(); i++) {
            char c = coded.charAt(i);
            if (TaggedText.isMarker(c)) {
                InlineCode code = text.codes().get(coded.charAt(i + 1) - TaggedText.INDEX_BASE);
                if (code.kind() == InlineCode.Kind.PLACEHOLDER) {
                    offsets[sb.length()] = i;
                    sb.append(' ');
                }
                i++;
            } else {
                offsets[sb.length()] = i;
                sb.append(c);
            }
        }
        offsets[sb.length()] = coded.length();
        int[] trimmed = new int[sb.length() + 1];
        System.arraycopy(offsets, 0, trimmed, 0, trimmed.length);
        return new Plain(sb.toString(), trimmed);
    }

    /** The pieces one after the other, code indexes renumbered (ids and kinds kept as they are). */
    static TaggedText concat(List<TaggedText> pieces) {
        StringBuilder sb = new StringBuilder();
        List<InlineCode> codes = new ArrayList<>();
        for (TaggedText piece : pieces) {
            String coded = piece.coded();
            for (int i = 0; i < coded.length(); i++) {
                char c = coded.charAt(i);
                sb.append(c);
                if (TaggedText.isMarker(c)) {
                    codes.add(piece.codes().get(coded.charAt(++i) - TaggedText.INDEX_BASE));
                    sb.append((char) (TaggedText.INDEX_BASE + codes.size() - 1));
                }
            }
        }
        return new TaggedText(sb.toString(), codes);
    }
}
