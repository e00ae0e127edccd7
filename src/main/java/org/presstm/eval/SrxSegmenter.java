package org.presstm.eval;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.Range;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.lib.segmentation.SRXDocument;

import org.presstm.PresstmException;
import org.presstm.lang.Language;
import org.presstm.segment.Paragraph;
import org.presstm.segment.ParagraphSplitter;
import org.presstm.segment.Segment;
import org.presstm.segment.Segmenter;

/**
 * Baseline for evaluation: Okapi's default SRX rules ({@code defaultSegmentation.srx} in
 * okapi-lib-segmentation) applied to each paragraph, as Okapi-based tools segment out of the box.
 * Not thread-safe.
 */
final class SrxSegmenter implements Segmenter {
    private final Language language;
    private final ISegmenter srx;
    private final ParagraphSplitter paragraphs = new ParagraphSplitter(false);

    SrxSegmenter(Language language) {
        this.language = language;
        SRXDocument doc = new SRXDocument();
        try (InputStream in = SRXDocument.class.getResourceAsStream("defaultSegmentation.srx")) {
            doc.loadRules(in);
        } catch (IOException e) {
            throw new PresstmException("cannot read Okapi's default SRX rules", e);
        }
        this.srx = doc.compileLanguageRules(LocaleId.fromString(language.code()), null);
    }

    @Override
    public Language language() {
        return language;
    }

    @Override
    public List<Segment> segment(String text) {
        List<Segment> out = new ArrayList<>();
        for (Paragraph p : paragraphs.split(text)) {
            String flat = text.substring(p.start(), p.end()).replace('\n', ' ').replace('\r', ' ');
            srx.computeSegments(flat);
            for (Range r : srx.getRanges()) {
                int s = r.start;
                int e = r.end;
                while (s < e && Character.isWhitespace(flat.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(flat.charAt(e - 1))) {
                    e--;
                }
                if (e > s) {
                    out.add(new Segment(text.substring(p.start() + s, p.start() + e), p.start() + s,
                            p.start() + e, p.index(), language));
                }
            }
        }
        return out;
    }
}
