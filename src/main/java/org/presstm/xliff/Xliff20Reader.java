package org.presstm.xliff;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import net.sf.okapi.lib.xliff2.core.Fragment;
import net.sf.okapi.lib.xliff2.core.Segment;
import net.sf.okapi.lib.xliff2.core.Tag;
import net.sf.okapi.lib.xliff2.core.TagType;
import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.reader.Event;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;

import org.presstm.InvalidInputException;
import org.presstm.tm.InlineCode;
import org.presstm.tm.TaggedText;

/**
 * Reads a returned XLIFF 2.0 file with okapi-lib-xliff2's reader (schemas not enforced, since CAT tools add
 * their own modules; the processing rules still are). Segment ids "s1", "s2"... become "1", "2"..., as in
 * the manifest. Annotation markers ({@code mrk}) are dropped; codes keep their ids. Stateless.
 */
final class Xliff20Reader {
    private Xliff20Reader() {
    }

    static List<ReturnedSegment> read(Path file, XliffProbe.Facts facts) {
        List<ReturnedSegment> out = new ArrayList<>();
        String unitId = null;
        try (XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MINIMAL)) {
            reader.open(file.toFile());
            while (reader.hasNext()) {
                Event e = reader.next();
                if (e.isUnit()) {
                    Unit u = e.getUnit();
                    unitId = u.getId();
                    addSegments(u, facts.line(unitId), out);
                }
            }
        } catch (RuntimeException e) {
            throw new InvalidInputException(file, unitId == null ? 0 : facts.line(unitId), "cannot read XLIFF 2.0"
                    + (unitId == null ? "" : " after unit " + unitId) + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static void addSegments(Unit u, int line, List<ReturnedSegment> out) {
        for (Segment s : u.getSegments()) {
            String id = s.getId() != null && s.getId().startsWith("s") ? s.getId().substring(1) : String.valueOf(s.getId());
            Fragment target = s.getTarget();
            TaggedText text = target == null ? TaggedText.of("") : toTagged(target, u.getId() + "/" + id);
            String state = s.getState() == null ? "" : s.getState().toString();
            out.add(new ReturnedSegment(u.getId(), id, s.getSource().getPlainText(), text, state, false, line));
        }
    }

    static TaggedText toTagged(Fragment f, String where) {
        String coded = f.getCodedText();
        StringBuilder sb = new StringBuilder(coded.length());
        List<InlineCode> codes = new ArrayList<>();
        for (int i = 0; i < coded.length(); i++) {
            char c = coded.charAt(i);
            if (!Fragment.isChar1(c)) {
                sb.append(c);
                continue;
            }
            Tag tag = f.getTag(coded, i);
            i++;
            if (!tag.isCode()) {
                continue; // an annotation marker: not part of the text
            }
            InlineCode.Kind kind = tag.getTagType() == TagType.OPENING ? InlineCode.Kind.OPEN
                    : tag.getTagType() == TagType.CLOSING ? InlineCode.Kind.CLOSE : InlineCode.Kind.PLACEHOLDER;
            codes.add(new InlineCode(kind, codeId(tag.getId(), where), tag.getType(), ""));
            sb.append(kind.marker()).append((char) (TaggedText.INDEX_BASE + codes.size() - 1));
        }
        return new TaggedText(sb.toString(), codes);
    }

    private static int codeId(String id, String where) {
        try {
            return Integer.parseInt(id);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("segment " + where + ": code id '" + id + "' is not one presstm sent",
                    e);
        }
    }
}
