package org.presstm.xliff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.presstm.PresstmException;
import org.presstm.io.TextFiles;
import org.presstm.lang.Language;
import org.presstm.segment.Paragraph;
import org.presstm.tm.TaggedText;

/**
 * Writes the translated release in the format of the original: each unit rebuilt from its translated
 * segments (the source where a segment has no translation) and the text that stood between them. Plain text
 * is rebuilt in place, paragraph by paragraph, keeping every line break of the original; .docx and .html go
 * through the same Okapi filter that read them, so formatting comes back from the original. Stateless.
 */
final class ReleaseMerger {
    private ReleaseMerger() {
    }

    /**
     * @param translations by segment name ("u3/2"); a missing name keeps the source
     * @return the number of segments left untranslated
     */
    static int merge(Manifest m, Path original, List<SourceUnit> units, Map<String, TaggedText> translations,
            Language to, Path out) {
        List<TaggedText> targets = new ArrayList<>();
        int untranslated = 0;
        for (SourceUnit u : units) {
            List<TaggedText> pieces = new ArrayList<>();
            List<SourceSegment> segments = u.segments();
            for (int i = 0; i < segments.size(); i++) {
                pieces.add(u.gap(i));
                TaggedText t = translations.get(segments.get(i).name());
                if (t == null || ReturnCheck.sameText(t.plain(), segments.get(i).text().plain())) {
                    untranslated++; // a source copy (OmegaT's untranslated segments) is no translation
                }
                pieces.add(t == null ? segments.get(i).text() : t);
            }
            pieces.add(u.gap(segments.size()));
            targets.add(CodedText.concat(pieces));
        }
        if (m.format() == ReleaseFormat.TXT) {
            writeText(original, targets, out);
        } else {
            OkapiDocuments.merge(original, m.format(), m.source(), to, out, targets::get);
        }
        return untranslated;
    }

    private static void writeText(Path original, List<TaggedText> targets, Path out) {
        String text = TextFiles.readUtf8(original);
        List<Paragraph> paragraphs = ReleaseReader.paragraphs(text);
        StringBuilder sb = new StringBuilder(text.length() + 64);
        int at = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            sb.append(text, at, p.start()).append(targets.get(i).plain());
            at = p.end();
        }
        sb.append(text.substring(at));
        try {
            Files.writeString(out, sb.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PresstmException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }
}
