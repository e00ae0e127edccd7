package org.presstm.xliff;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.Segment;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.filters.xliff.XLIFFFilter;

import org.presstm.InvalidInputException;
import org.presstm.lang.Language;
import org.presstm.tm.TaggedText;
import org.presstm.xml.SafeXml;

/**
 * The segments of a translated XLIFF 1.2 file, source and target with their inline codes, for the checks
 * (qa): read through Okapi's XLIFFFilter, kept behind this class so that no Okapi type leaves the xliff
 * package. The languages and the release name come from the first {@code <file>} (read with {@link SafeXml}),
 * the segments from the filter (each {@code mrk mtype="seg"} of a {@code seg-source}, or the whole unit).
 * Units marked {@code translate="no"} are skipped; XLIFF 2.0 is refused with a clear message. Unlike
 * {@link Unpacker}'s reader it takes the bytes (a file of a package zip) and asks nothing of a package's
 * manifest. Stateless.
 */
public final class TranslatedXliffReader {
    /**
     * One segment of the file.
     *
     * @param document       the release it translates (the {@code <file original>}'s name, else the file's)
     * @param id             the unit's name or id, with "/segment" when the unit has several segments
     * @param target         null when the unit has no target
     */
    public record Unit(String document, String id, Language sourceLanguage, TaggedText source,
            Language targetLanguage, TaggedText target) {
        public Unit {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(source, "source");
        }
    }

    private record Header(String version, Language source, Language target, String original) {
    }

    private TranslatedXliffReader() {
    }

    /**
     * @param file  the file's name, for messages
     * @param bytes its content
     * @throws InvalidInputException for XLIFF 2.0, XML that is not well-formed, or what Okapi cannot read
     */
    public static List<Unit> read(Path file, byte[] bytes) {
        Header h = header(file, bytes);
        List<Unit> out = new ArrayList<>();
        LocaleId src = LocaleId.fromString(h.source().code());
        LocaleId trg = LocaleId.fromString(h.target().code());
        try (XLIFFFilter filter = new XLIFFFilter();
                RawDocument rd = new RawDocument(new ByteArrayInputStream(bytes), "UTF-8", src, trg)) {
            filter.open(rd);
            while (filter.hasNext()) {
                Event e = filter.next();
                if (e.isTextUnit() && e.getTextUnit().isTranslatable()) {
                    units(e.getTextUnit(), h, trg, out);
                }
            }
        } catch (InvalidInputException e) {
            throw e;
        } catch (RuntimeException e) {
            // Okapi reports bad XLIFF as several unchecked types (OkapiBadFilterInputException, Woodstox's)
            throw new InvalidInputException(file, 0, "not readable as XLIFF 1.2: " + e.getMessage(), e);
        }
        return out;
    }

    private static void units(ITextUnit tu, Header h, LocaleId trg, List<Unit> out) {
        String unit = tu.getName() != null && !tu.getName().isBlank() ? tu.getName() : tu.getId();
        TextContainer source = tu.getSource();
        TextContainer target = tu.getTarget(trg);
        boolean several = source.getSegments().count() > 1;
        for (Segment s : source.getSegments()) {
            Segment t = target == null ? null : target.getSegments().get(s.getId());
            String id = several ? unit + "/" + s.getId() : unit;
            out.add(new Unit(h.original(), id, h.source(), OkapiText.toTagged(s.getContent()), h.target(),
                    t == null ? null : OkapiText.toTagged(t.getContent())));
        }
    }

    /** The version and the first {@code <file>}'s languages and name. */
    private static Header header(Path file, byte[] bytes) {
        try {
            XMLStreamReader r = SafeXml.inputFactory().createXMLStreamReader(new ByteArrayInputStream(bytes));
            try {
                String version = null;
                while (r.hasNext()) {
                    if (r.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    if (r.getLocalName().equals("xliff")) {
                        version = r.getAttributeValue(null, "version");
                        if (version != null && version.startsWith("2")) {
                            throw new InvalidInputException(file, r.getLocation().getLineNumber(),
                                    "XLIFF " + version + " is not read by check yet; export XLIFF 1.2");
                        }
                    } else if (r.getLocalName().equals("file")) {
                        return new Header(version, language(file, r, "source-language"),
                                language(file, r, "target-language"), original(file, r));
                    }
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw new InvalidInputException(file, line, "not well-formed XML: " + e.getMessage(), e);
        }
        throw new InvalidInputException(file, 0, "no <file> element: not XLIFF");
    }

    private static Language language(Path file, XMLStreamReader r, String attribute) {
        String tag = r.getAttributeValue(null, attribute);
        return Language.fromTag(tag).orElseThrow(() -> new InvalidInputException(file,
                r.getLocation().getLineNumber(), "<file " + attribute + "=\"" + tag + "\">: expected az, en or ru"));
    }

    private static String original(Path file, XMLStreamReader r) {
        String original = r.getAttributeValue(null, "original");
        String name = original != null && !original.isBlank() ? original : file.getFileName().toString();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }
}
