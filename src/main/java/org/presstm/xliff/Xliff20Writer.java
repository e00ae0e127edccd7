package org.presstm.xliff;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import net.sf.okapi.lib.xliff2.core.Fragment;
import net.sf.okapi.lib.xliff2.core.MidFileData;
import net.sf.okapi.lib.xliff2.core.Note;
import net.sf.okapi.lib.xliff2.core.Part;
import net.sf.okapi.lib.xliff2.core.Segment;
import net.sf.okapi.lib.xliff2.core.StartFileData;
import net.sf.okapi.lib.xliff2.core.StartXliffData;
import net.sf.okapi.lib.xliff2.core.TagType;
import net.sf.okapi.lib.xliff2.core.TargetState;
import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.glossary.GlossEntry;
import net.sf.okapi.lib.xliff2.glossary.Term;
import net.sf.okapi.lib.xliff2.matches.Match;
import net.sf.okapi.lib.xliff2.metadata.Meta;
import net.sf.okapi.lib.xliff2.metadata.MetaGroup;
import net.sf.okapi.lib.xliff2.metadata.Metadata;
import net.sf.okapi.lib.xliff2.writer.XLIFFWriter;

import org.presstm.lang.Language;
import org.presstm.tm.InlineCode;
import org.presstm.tm.TaggedText;

/**
 * Writes one XLIFF 2.0 file of a package through okapi-lib-xliff2: a {@code unit} per unit, a
 * {@code segment} per sentence (ids "s1", "s2"...; the text between them as {@code ignorable}), exact
 * matches pre-filled with {@code state="translated"} (to review), memory matches in the Translation
 * Candidates module ({@code mtc:match} with {@code ref}, {@code similarity}, {@code origin}), glossary
 * terms in the Glossary module ({@code gls:glossEntry}), and the package id in the Metadata module at file
 * level (category "presstm"). Match texts are written without their codes, which belong to another
 * store. Stateless.
 */
final class Xliff20Writer {
    static final String META_CATEGORY = "presstm";
    static final String META_PACKAGE = "package-id";

    private Xliff20Writer() {
    }

    /** "s1" for segment "1": XLIFF 2.0 ids share one space per unit with the codes ("1", "2"...). */
    static String segmentId(String segmentId) {
        return "s" + segmentId;
    }

    static void write(Path out, PackageHeader header, Release release, Language target,
            List<SegmentLeverage> leverage) {
        try (XLIFFWriter w = new XLIFFWriter()) {
            w.create(new File(out.toString()), release.language().code(), target.code());
            w.writeStartDocument(new StartXliffData(null), null);
            StartFileData file = new StartFileData("f1");
            file.setOriginal(header.originalFile());
            w.writeStartFile(file);
            w.writeMidFile(midFile(header));
            int next = 0;
            for (SourceUnit unit : release.units()) {
                List<SegmentLeverage> mine = leverage.subList(next, next + unit.spans().size());
                next += unit.spans().size();
                w.writeUnit(unit(unit, mine, header.profile()));
            }
            w.writeEndFile();
            w.writeEndDocument();
        }
    }

    private static MidFileData midFile(PackageHeader h) {
        MetaGroup group = new MetaGroup(META_CATEGORY);
        group.add(new Meta(META_PACKAGE, h.id()));
        group.add(new Meta("release", h.release()));
        group.add(new Meta("profile", h.profile().key()));
        group.add(new Meta("created", h.created().toString()));
        Metadata metadata = new Metadata();
        metadata.addGroup(group);
        MidFileData mid = new MidFileData();
        mid.setMetadata(metadata);
        mid.addNote(new Note("presstm package " + h.id() + " for release " + h.release()
                + ". Translate the targets; do not change the sources."));
        return mid;
    }

    private static Unit unit(SourceUnit unit, List<SegmentLeverage> leverage, Profile profile) {
        Unit u = new Unit(unit.id());
        for (int i = 0; i <= unit.spans().size(); i++) {
            TaggedText gap = unit.gap(i);
            if (!gap.coded().isEmpty()) {
                Part ignorable = u.appendIgnorable();
                append(ignorable.getSource(), gap);
            }
            if (i < unit.spans().size()) {
                segment(u, leverage.get(i), profile);
            }
        }
        return u;
    }

    private static void segment(Unit u, SegmentLeverage s, Profile profile) {
        Segment seg = u.appendSegment();
        String id = segmentId(s.segment().segmentId());
        seg.setId(id);
        append(seg.getSource(), s.segment().text());
        if (profile == Profile.GENERIC && s.exact().isPresent()) {
            append(seg.getTarget(Part.GetTarget.CREATE_EMPTY), s.exact().get().target());
            seg.setState(TargetState.TRANSLATED);
        } else if (profile == Profile.OMEGAT) {
            append(seg.getTarget(Part.GetTarget.CREATE_EMPTY), s.segment().text());
        }
        for (Candidate c : s.candidates()) {
            Match m = new Match();
            m.setRef("#" + id);
            m.setSimilarity((double) c.score());
            m.setOrigin(c.origin());
            m.setType("tm");
            m.setSource(new Fragment(u.getStore(), false, c.source().plain()));
            m.setTarget(new Fragment(u.getStore(), true, c.target().plain()));
            u.getMatches().add(m);
        }
        for (TermSuggestion t : s.terms()) {
            GlossEntry g = new GlossEntry();
            g.setRef("#" + id);
            g.setTerm(new Term(t.found()));
            if (!t.targetTerm().isEmpty()) {
                g.addTranslation(t.targetTerm());
            }
            u.getGlossary().add(g);
        }
    }

    /** Appends a coded text: paired codes become {@code pc}/{@code sc}-{@code ec}, placeholders {@code ph}. */
    static void append(Fragment f, TaggedText text) {
        String coded = text.coded();
        for (int i = 0; i < coded.length(); i++) {
            char c = coded.charAt(i);
            if (!TaggedText.isMarker(c)) {
                f.append(c);
                continue;
            }
            InlineCode code = text.codes().get(coded.charAt(++i) - TaggedText.INDEX_BASE);
            String data = code.data().isEmpty() ? null : code.data();
            switch (code.kind()) {
                case OPEN, ISOLATED_OPEN -> f.append(TagType.OPENING, String.valueOf(code.id()), data, false);
                case CLOSE, ISOLATED_CLOSE -> f.append(TagType.CLOSING, String.valueOf(code.id()), data, false);
                case PLACEHOLDER -> f.appendCode(String.valueOf(code.id()), data);
            }
        }
    }
}
