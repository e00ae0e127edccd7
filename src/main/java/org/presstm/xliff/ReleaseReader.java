package org.presstm.xliff;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.presstm.io.TextFiles;
import org.presstm.lang.Language;
import org.presstm.segment.Paragraph;
import org.presstm.segment.ParagraphSplitter;
import org.presstm.segment.Segment;
import org.presstm.segment.Segmenter;
import org.presstm.segment.Segmenters;
import org.presstm.tm.TaggedText;

/**
 * Reads a release into units and sentences. Plain text: one unit per paragraph (blank-line separated, as
 * {@code presstm segment} reads it), split by presstm's segmenter. .docx and .html: one unit per text unit
 * of Okapi's filter, inline formatting kept as codes, split by {@link CodedSegmentation}. Reading the same
 * file twice gives the same units, which is what lets the merge re-read the original instead of carrying a
 * skeleton. Not thread-safe (segmenters are not).
 */
public final class ReleaseReader {
    private final Segmenters segmenters;

    public ReleaseReader(Segmenters segmenters) {
        this.segmenters = segmenters;
    }

    public Release read(Path file, Language language) {
        ReleaseFormat format = ReleaseFormat.of(file);
        Segmenter segmenter = segmenters.forLanguage(language, false);
        List<SourceUnit> units = format == ReleaseFormat.TXT
                ? plainUnits(TextFiles.readUtf8(file), segmenter)
                : codedUnits(OkapiDocuments.read(file, format, language), segmenter);
        String name = FileNames.safe(FileNames.stem(file.getFileName().toString()));
        return new Release(name, file, format, language, units);
    }

    static List<SourceUnit> plainUnits(String text, Segmenter segmenter) {
        List<Paragraph> paragraphs = paragraphs(text);
        List<List<Span>> spans = new ArrayList<>();
        paragraphs.forEach(p -> spans.add(new ArrayList<>()));
        for (Segment s : segmenter.segment(text)) {
            Paragraph p = paragraphs.get(s.paragraph());
            spans.get(s.paragraph()).add(new Span(s.start() - p.start(), s.end() - p.start()));
        }
        List<SourceUnit> units = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            units.add(new SourceUnit(unitId(p.index()), TaggedText.of(text.substring(p.start(), p.end())),
                    spans.get(p.index())));
        }
        return units;
    }

    /** The paragraphs of a plain-text release, exactly as the segmenter sees them. */
    static List<Paragraph> paragraphs(String text) {
        return new ParagraphSplitter(false).split(text);
    }

    private static List<SourceUnit> codedUnits(List<TaggedText> texts, Segmenter segmenter) {
        CodedSegmentation segmentation = new CodedSegmentation(segmenter);
        List<SourceUnit> units = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            units.add(new SourceUnit(unitId(i), texts.get(i), segmentation.spans(texts.get(i))));
        }
        return units;
    }

    /** "u1", "u2", ...: valid as XLIFF 1.2 ids and as XLIFF 2.0 NMTOKENs. */
    static String unitId(int index) {
        return "u" + (index + 1);
    }

    static int unitIndex(String id) {
        if (id == null || !id.matches("u[1-9][0-9]{0,8}")) {
            return -1;
        }
        return Integer.parseInt(id.substring(1)) - 1;
    }
}
