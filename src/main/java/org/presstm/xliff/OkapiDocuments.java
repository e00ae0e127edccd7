package org.presstm.xliff;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.exceptions.OkapiException;
import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.common.filterwriter.IFilterWriter;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.filters.html.HtmlFilter;
import net.sf.okapi.filters.openxml.OpenXMLFilter;

import org.presstm.InvalidInputException;
import org.presstm.lang.Language;
import org.presstm.tm.InlineCode;
import org.presstm.tm.TaggedText;

/**
 * .docx and .html releases through Okapi's filters (okapi-filter-openxml, okapi-filter-html): the
 * translatable text units in document order, and the merge that writes a translated copy through the
 * same filter's writer. Text units are numbered by their order among the translatable ones, so that reading
 * the same file again numbers them the same. Formatting stays in the filter's skeleton; the merge maps each
 * code of a translation back to the original code with the same id. Stateless.
 */
final class OkapiDocuments {
    private OkapiDocuments() {
    }

    static List<TaggedText> read(Path file, ReleaseFormat format, Language from) {
        List<TaggedText> units = new ArrayList<>();
        try (IFilter filter = filter(format);
                RawDocument rd = new RawDocument(file.toUri(), "UTF-8", locale(from), locale(from))) {
            filter.open(rd);
            while (filter.hasNext()) {
                Event e = filter.next();
                if (isTranslatable(e)) {
                    TaggedText t = OkapiText.toTagged(e.getTextUnit().getSource().getUnSegmentedContentCopy());
                    units.add(format == ReleaseFormat.DOCX ? withoutData(t) : t);
                }
            }
        } catch (OkapiException | IllegalStateException e) {
            throw new InvalidInputException(file, 0, "cannot read as " + format.extension() + ": " + e.getMessage(), e);
        }
        return units;
    }

    /** The .docx filter's code data are opaque tokens ("<run1>"), not markup: never keep them as if they were. */
    private static TaggedText withoutData(TaggedText t) {
        return new TaggedText(t.coded(), t.codes().stream()
                .map(c -> new InlineCode(c.kind(), c.id(), c.type(), "")).toList());
    }

    /**
     * Writes {@code out}: the original with each translatable unit replaced by {@code target.apply(n)}
     * (n counted from 0 as in {@link #read}), or kept as it is when that gives null.
     */
    static void merge(Path original, ReleaseFormat format, Language from, Language to, Path out,
            IntFunction<TaggedText> target) {
        try (IFilter filter = filter(format);
                RawDocument rd = new RawDocument(original.toUri(), "UTF-8", locale(from), locale(to));
                IFilterWriter writer = filter.createFilterWriter()) {
            writer.setOptions(locale(to), "UTF-8");
            writer.setOutput(out.toString());
            filter.open(rd);
            int n = 0;
            while (filter.hasNext()) {
                Event e = filter.next();
                if (isTranslatable(e)) {
                    TaggedText translated = target.apply(n++);
                    if (translated != null) {
                        ITextUnit tu = e.getTextUnit();
                        TextFragment source = tu.getSource().getUnSegmentedContentCopy();
                        tu.setTarget(locale(to), new TextContainer(withOriginalCodes(translated, source)));
                    }
                }
                writer.handleEvent(e); // every event, or the skeleton is incomplete
            }
        } catch (OkapiException e) {
            throw new InvalidInputException(original, 0, "cannot merge the translation: " + e.getMessage(), e);
        }
    }

    private static boolean isTranslatable(Event e) {
        return e.isTextUnit() && e.getTextUnit().isTranslatable() && e.getTextUnit().getSource().hasText(false);
    }

    /** The translation with each code replaced by the original code of the same id and role. */
    static TextFragment withOriginalCodes(TaggedText translated, TextFragment source) {
        String srcCoded = source.getCodedText();
        StringBuilder sb = new StringBuilder(translated.coded().length());
        List<Code> codes = new ArrayList<>();
        String coded = translated.coded();
        for (int i = 0; i < coded.length(); i++) {
            char c = coded.charAt(i);
            if (!TaggedText.isMarker(c)) {
                sb.append(c);
                continue;
            }
            InlineCode ic = translated.codes().get(coded.charAt(++i) - TaggedText.INDEX_BASE);
            int at = findCode(srcCoded, source.getCodes(), ic);
            if (at < 0) {
                throw new IllegalStateException("code " + CodedText.key(ic) + " is not in the original");
            }
            codes.add(source.getCodes().get(TextFragment.toIndex(srcCoded.charAt(at + 1))).clone());
            sb.append(srcCoded.charAt(at)).append(TextFragment.toChar(codes.size() - 1));
        }
        return new TextFragment(sb.toString(), codes);
    }

    private static int findCode(String srcCoded, List<Code> srcCodes, InlineCode wanted) {
        String key = CodedText.key(wanted);
        for (int i = 0; i < srcCoded.length(); i++) {
            if (TextFragment.isMarker(srcCoded.charAt(i))) {
                Code c = srcCodes.get(TextFragment.toIndex(srcCoded.charAt(i + 1)));
                if (key.equals(keyOf(c))) {
                    return i;
                }
                i++;
            }
        }
        return -1;
    }

    private static String keyOf(Code c) {
        return switch (c.getTagType()) {
            case OPENING -> "<" + c.getId() + ">";
            case CLOSING -> "</" + c.getId() + ">";
            default -> "<" + c.getId() + "/>";
        };
    }

    private static IFilter filter(ReleaseFormat format) {
        return switch (format) {
            case DOCX -> new OpenXMLFilter();
            case HTML -> new HtmlFilter();
            case TXT -> throw new IllegalArgumentException("plain text is read without Okapi");
        };
    }

    static LocaleId locale(Language language) {
        return LocaleId.fromString(language.code());
    }
}
