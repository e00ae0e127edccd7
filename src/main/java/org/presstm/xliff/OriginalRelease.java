package org.presstm.xliff;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.presstm.InvalidInputException;
import org.presstm.io.TextFiles;
import org.presstm.lang.TextNormalizer;
import org.presstm.segment.Paragraph;
import org.presstm.tm.TaggedText;

/**
 * The release a package was made from, read again from the copy the package keeps, with the sentence
 * boundaries the manifest recorded (no segmenter needed, so an unpack never loads a model). Reading it
 * again must give the very segments the manifest lists; anything else means the copy was changed, and the
 * merge would put translations in the wrong places. Stateless.
 */
final class OriginalRelease {
    private OriginalRelease() {
    }

    /** The unit texts of the release, in order, read as {@link ReleaseReader} read them. */
    static List<TaggedText> unitTexts(Path original, Manifest m) {
        if (m.format() == ReleaseFormat.TXT) {
            String text = TextFiles.readUtf8(original);
            List<TaggedText> out = new ArrayList<>();
            for (Paragraph p : ReleaseReader.paragraphs(text)) {
                out.add(TaggedText.of(text.substring(p.start(), p.end())));
            }
            return out;
        }
        return OkapiDocuments.read(original, m.format(), m.source());
    }

    static List<SourceUnit> units(Path original, Manifest m) {
        List<TaggedText> texts = unitTexts(original, m);
        Map<String, List<Manifest.SegmentEntry>> byUnit = new LinkedHashMap<>();
        m.segments().forEach(s -> byUnit.computeIfAbsent(s.unitId(), k -> new ArrayList<>()).add(s));
        if (byUnit.size() != texts.size()) {
            throw changed(original, "it has " + texts.size() + " units, the package " + byUnit.size());
        }
        List<SourceUnit> units = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, List<Manifest.SegmentEntry>> e : byUnit.entrySet()) {
            TaggedText text = texts.get(n++);
            List<Span> spans = e.getValue().stream().map(Manifest.SegmentEntry::span).toList();
            if (spans.get(spans.size() - 1).end() > text.coded().length()) {
                throw changed(original, "unit " + e.getKey() + " is shorter than when it was packed");
            }
            SourceUnit unit = new SourceUnit(e.getKey(), text, spans);
            checkSegments(original, unit, e.getValue());
            units.add(unit);
        }
        return units;
    }

    private static void checkSegments(Path original, SourceUnit unit, List<Manifest.SegmentEntry> entries) {
        List<SourceSegment> segments = unit.segments();
        for (int i = 0; i < segments.size(); i++) {
            String now = TextNormalizer.normalize(segments.get(i).text().plain());
            if (!now.equals(TextNormalizer.normalize(entries.get(i).source()))) {
                throw changed(original, "segment " + entries.get(i).name() + " now reads '" + now + "'");
            }
        }
    }

    private static InvalidInputException changed(Path original, String detail) {
        return new InvalidInputException(original, 0, "the package's copy of the release is not the one it was"
                + " made from (" + detail + "); nothing imported");
    }
}
