package org.presstm.xliff;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.Property;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.Segment;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.filters.xliff.XLIFFFilter;

import org.presstm.InvalidInputException;
import org.presstm.tm.TaggedText;

/**
 * Reads a returned XLIFF 1.2 file with Okapi's {@link XLIFFFilter}, which tolerates what CAT tools do to a
 * file (attribute order, namespaces, extensions, {@code bpt}/{@code ph} instead of {@code g}/{@code x}).
 * The state and {@code approved} of a trans-unit hold for all of its segments: XLIFF 1.2 has no state per
 * segment. Stateless.
 */
final class Xliff12Reader {
    /** The segment id Okapi gives a unit whose {@code seg-source} it could not use. */
    static final String UNSEGMENTED = "0";

    private Xliff12Reader() {
    }

    static List<ReturnedSegment> read(Path file, XliffProbe.Facts facts) {
        LocaleId src = LocaleId.fromString(facts.sourceLanguage());
        LocaleId trg = LocaleId.fromString(facts.targetLanguage());
        List<ReturnedSegment> out = new ArrayList<>();
        String unit = null;
        try (XLIFFFilter filter = new XLIFFFilter(); RawDocument rd = new RawDocument(file.toUri(), "UTF-8", src, trg)) {
            filter.open(rd);
            while (filter.hasNext()) {
                Event e = filter.next();
                if (e.isTextUnit()) {
                    ITextUnit tu = e.getTextUnit();
                    unit = tu.getId();
                    addSegments(tu, trg, facts.line(unit), out);
                }
            }
        } catch (RuntimeException e) {
            throw new InvalidInputException(file, unit == null ? 0 : facts.line(unit), "cannot read XLIFF 1.2"
                    + (unit == null ? "" : " after unit " + unit) + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static void addSegments(ITextUnit tu, LocaleId trg, int line, List<ReturnedSegment> out) {
        TextContainer target = tu.getTarget(trg);
        String state = target == null ? "" : value(target.getProperty(Property.STATE));
        Property approvedProp = tu.getTargetProperty(trg, Property.APPROVED);
        boolean approved = approvedProp != null && "yes".equals(approvedProp.getValue());
        for (Segment s : tu.getSource().getSegments()) {
            Segment t = target == null ? null : target.getSegments().get(s.getId());
            TaggedText text = t == null ? TaggedText.of("") : OkapiText.toTagged(t.getContent());
            out.add(new ReturnedSegment(tu.getId(), s.getId(), s.getContent().getText(), text, state, approved,
                    line));
        }
    }

    private static String value(Property p) {
        return p == null ? "" : p.getValue();
    }
}
