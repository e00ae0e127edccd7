package org.presstm.xliff;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.annotation.AltTranslationsAnnotation;
import net.sf.okapi.common.annotation.Note;
import net.sf.okapi.common.annotation.NoteAnnotation;
import net.sf.okapi.common.filterwriter.XLIFFWriter;
import net.sf.okapi.common.query.MatchType;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.Property;
import net.sf.okapi.common.resource.Segment;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextUnit;

import org.presstm.lang.Language;
import org.presstm.tm.TaggedText;
import org.presstm.xml.XmlText;

/**
 * Writes one XLIFF 1.2 file of a package through Okapi's {@link XLIFFWriter}: a {@code trans-unit} per unit,
 * {@code seg-source} with one {@code mrk mtype="seg"} per sentence, the target pre-filled as the
 * {@link Profile} says, fuzzy matches as {@code alt-trans} (with {@code mid}, {@code match-quality},
 * {@code origin}) and glossary terms as notes. The package id travels in the header's {@code phase}
 * ({@code job-id}); ITS and Okapi extension attributes are left out so the file passes the strict schema.
 * Stateless.
 */
final class Xliff12Writer {
    static final String STATE_NEW = "new";
    static final String STATE_NEEDS_TRANSLATION = "needs-translation";
    static final String STATE_REVIEW = "needs-review-translation";

    private Xliff12Writer() {
    }

    static void write(Path out, PackageHeader header, Release release, Language target,
            List<SegmentLeverage> leverage) {
        LocaleId src = OkapiDocuments.locale(release.language());
        LocaleId trg = OkapiDocuments.locale(target);
        XLIFFWriter w = new XLIFFWriter();
        w.getParameters().setIncludeIts(false);
        w.getParameters().setCopySource(false);
        w.getParameters().setIncludeAltTrans(true);
        w.create(out.toString(), null, src, trg, release.format().datatype(), header.originalFile(), null);
        try {
            w.writeStartFile(header.originalFile(), release.format().datatype(), null, headerXml(header));
            int next = 0;
            for (SourceUnit unit : release.units()) {
                List<SegmentLeverage> mine = leverage.subList(next, next + unit.spans().size());
                next += unit.spans().size();
                w.writeTextUnit(textUnit(unit, mine, header.profile(), src, trg));
            }
            w.writeEndFile();
        } finally {
            w.close();
        }
    }

    private static String headerXml(PackageHeader h) {
        return "<phase-group><phase phase-name=\"translation\" process-name=\"translation\" tool-id=\"presstm\""
                + " job-id=\"" + h.id() + "\" date=\"" + h.created() + "\"/></phase-group>"
                + "<tool tool-id=\"presstm\" tool-name=\"presstm\"/>"
                + "<note from=\"presstm\">" + XmlText.escape("presstm package " + h.id() + " for release "
                        + h.release() + " (profile " + h.profile().key() + "). Translate the targets; do not"
                        + " change the sources.") + "</note>";
    }

    private static ITextUnit textUnit(SourceUnit unit, List<SegmentLeverage> leverage, Profile profile,
            LocaleId src, LocaleId trg) {
        ITextUnit tu = new TextUnit(unit.id());
        List<TaggedText> sources = new ArrayList<>();
        List<TaggedText> targets = new ArrayList<>();
        boolean allExact = true;
        for (SegmentLeverage s : leverage) {
            sources.add(s.segment().text());
            boolean prefill = profile == Profile.GENERIC && s.exact().isPresent();
            allExact &= prefill;
            targets.add(prefill ? s.exact().get().target()
                    : profile == Profile.OMEGAT ? s.segment().text() : TaggedText.of(""));
        }
        tu.setSource(OkapiText.segmented(unit, sources));
        TextContainer tc = OkapiText.segmented(unit, targets);
        tc.setProperty(new Property(Property.STATE, profile == Profile.OMEGAT ? STATE_NEW
                : allExact ? STATE_REVIEW : STATE_NEEDS_TRANSLATION));
        if (profile == Profile.GENERIC && allExact) {
            tc.setProperty(new Property(Property.STATE_QUALIFIER, "leveraged-tm"));
        }
        tu.setTarget(trg, tc);
        for (SegmentLeverage s : leverage) {
            addAlternatives(tc.getSegments().get(s.segment().segmentId()), s, profile, src, trg);
        }
        addNotes(tu, leverage);
        return tu;
    }

    private static void addAlternatives(Segment seg, SegmentLeverage s, Profile profile, LocaleId src,
            LocaleId trg) {
        List<Candidate> offered = profile == Profile.OMEGAT ? s.candidates() : s.fuzzy();
        if (offered.isEmpty()) {
            return;
        }
        AltTranslationsAnnotation alts = new AltTranslationsAnnotation();
        for (Candidate c : offered) {
            // MatchType.UKNOWN: any other type adds okp:matchType, which the strict schema rejects
            alts.add(src, trg, null, OkapiText.toFragment(c.source()), OkapiText.toFragment(c.target()),
                    MatchType.UKNOWN, Math.max(1, c.score()), c.origin());
        }
        seg.setAnnotation(alts);
    }

    private static void addNotes(ITextUnit tu, List<SegmentLeverage> leverage) {
        NoteAnnotation notes = new NoteAnnotation();
        boolean several = leverage.size() > 1;
        for (SegmentLeverage s : leverage) {
            for (TermSuggestion t : s.terms()) {
                Note n = new Note((several ? "[" + s.segment().segmentId() + "] " : "") + t.noteText());
                n.setFrom("presstm-glossary");
                n.setAnnotates(Note.Annotates.SOURCE);
                notes.add(n);
            }
        }
        if (notes.iterator().hasNext()) {
            tu.setAnnotation(notes);
        }
    }
}
