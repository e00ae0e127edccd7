package org.presstm.xliff;

import java.util.ArrayList;
import java.util.List;

import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.ISegments;
import net.sf.okapi.common.resource.Segment;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextFragment.TagType;
import net.sf.okapi.common.resource.TextPart;

import org.presstm.tm.InlineCode;
import org.presstm.tm.TaggedText;

/**
 * The one crossing between Okapi's text ({@link TextFragment}, {@link TextContainer}) and presstm's
 * {@link TaggedText}. Both use the same marker scheme, so conversion maps codes one to one. Code data are
 * kept as the filter gave them: the merge never relies on them (it re-reads the original), and for .docx
 * they are opaque tokens, not markup. Stateless.
 */
public final class OkapiText {
    private OkapiText() {
    }

    public static TaggedText toTagged(TextFragment fragment) {
        String coded = fragment.getCodedText();
        List<Code> okapiCodes = fragment.getCodes();
        List<InlineCode> codes = new ArrayList<>(okapiCodes.size());
        StringBuilder sb = new StringBuilder(coded.length());
        for (int i = 0; i < coded.length(); i++) {
            char c = coded.charAt(i);
            if (!TextFragment.isMarker(c)) {
                sb.append(c);
                continue;
            }
            Code code = okapiCodes.get(TextFragment.toIndex(coded.charAt(++i)));
            codes.add(new InlineCode(kind(c, code.getTagType()), Math.max(0, code.getId()), code.getType(),
                    code.getData()));
            sb.append(c).append((char) (TaggedText.INDEX_BASE + codes.size() - 1));
        }
        return new TaggedText(sb.toString(), codes);
    }

    private static InlineCode.Kind kind(char marker, TagType type) {
        if (marker == TextFragment.MARKER_OPENING) {
            return InlineCode.Kind.OPEN;
        }
        if (marker == TextFragment.MARKER_CLOSING) {
            return InlineCode.Kind.CLOSE;
        }
        return switch (type) {
            case OPENING -> InlineCode.Kind.ISOLATED_OPEN;
            case CLOSING -> InlineCode.Kind.ISOLATED_CLOSE;
            default -> InlineCode.Kind.PLACEHOLDER;
        };
    }

    static TextFragment toFragment(TaggedText text) {
        String coded = text.coded();
        List<Code> codes = new ArrayList<>(text.codes().size());
        StringBuilder sb = new StringBuilder(coded.length());
        for (int i = 0; i < coded.length(); i++) {
            char c = coded.charAt(i);
            if (!TaggedText.isMarker(c)) {
                sb.append(c);
                continue;
            }
            InlineCode ic = text.codes().get(coded.charAt(++i) - TaggedText.INDEX_BASE);
            Code code = new Code(tagType(ic.kind()), ic.type().isEmpty() ? null : ic.type(), ic.data());
            code.setId(ic.id());
            codes.add(code);
            sb.append(c).append(TextFragment.toChar(codes.size() - 1));
        }
        return new TextFragment(sb.toString(), codes);
    }

    private static TagType tagType(InlineCode.Kind kind) {
        return switch (kind) {
            case OPEN, ISOLATED_OPEN -> TagType.OPENING;
            case CLOSE, ISOLATED_CLOSE -> TagType.CLOSING;
            case PLACEHOLDER -> TagType.PLACEHOLDER;
        };
    }

    /** A segmented container: the unit's gaps as text parts, its sentences as segments "1", "2", ... */
    static TextContainer segmented(SourceUnit unit, List<TaggedText> segmentTexts) {
        List<TextPart> parts = new ArrayList<>();
        for (int i = 0; i <= unit.spans().size(); i++) {
            TaggedText gap = unit.gap(i);
            if (!gap.coded().isEmpty()) {
                parts.add(new TextPart(toFragment(gap)));
            }
            if (i < unit.spans().size()) {
                parts.add(new Segment(SourceUnit.segmentId(i), toFragment(segmentTexts.get(i))));
            }
        }
        TextContainer tc = new TextContainer(parts.toArray(new TextPart[0]));
        tc.setHasBeenSegmentedFlag(true);
        return tc;
    }

    /** The segments of a container by id, as presstm text. */
    static java.util.Map<String, TaggedText> segments(TextContainer tc) {
        java.util.Map<String, TaggedText> out = new java.util.LinkedHashMap<>();
        ISegments segs = tc.getSegments();
        for (Segment s : segs) {
            out.put(s.getId(), toTagged(s.getContent()));
        }
        return out;
    }
}
