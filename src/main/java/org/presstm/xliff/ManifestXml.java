package org.presstm.xliff;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import org.presstm.InvalidInputException;
import org.presstm.PresstmException;
import org.presstm.lang.Language;
import org.presstm.xml.SafeXml;

/**
 * Writes and reads manifest.xml. A small XML file in the spirit of Okapi's translation-kit manifests: the
 * package attributes on the root, one {@code target} per language with its report bands, and the segment
 * list. Read back through {@link SafeXml}, since a manifest comes back inside a returned package.
 * Stateless.
 */
final class ManifestXml {
    static final String ROOT = "presstm-package";
    static final String FORMAT_VERSION = "1";

    private ManifestXml() {
    }

    static void write(Manifest m, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement(ROOT);
            PackageHeader h = m.header();
            attrs(w, "format-version", FORMAT_VERSION, "id", h.id(), "release", h.release(), "created",
                    h.created().toString(), "profile", h.profile().key(), "xliff", h.version().label());
            nl(w, 1);
            w.writeEmptyElement("source");
            attrs(w, "lang", m.source().code(), "format", m.format().extension(), "file", m.original(),
                    "name", h.originalFile());
            for (Manifest.Target t : m.targets()) {
                target(w, t);
            }
            nl(w, 1);
            w.writeStartElement("segments");
            for (Manifest.SegmentEntry s : m.segments()) {
                nl(w, 2);
                w.writeStartElement("segment");
                attrs(w, "unit", s.unitId(), "id", s.segmentId(), "start", String.valueOf(s.span().start()),
                        "end", String.valueOf(s.span().end()), "words", String.valueOf(s.words()));
                w.writeCharacters(s.source());
                w.writeEndElement();
            }
            nl(w, 1);
            w.writeEndElement();
            nl(w, 0);
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (IOException | XMLStreamException e) {
            throw new PresstmException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void target(XMLStreamWriter w, Manifest.Target t) throws XMLStreamException {
        nl(w, 1);
        w.writeStartElement("target");
        attrs(w, "lang", t.language().code(), "xliff", t.xliff(), "tmx", t.tmx(), "tbx", t.tbx(), "tmx-units",
                String.valueOf(t.tmxUnits()), "tbx-concepts", String.valueOf(t.tbxConcepts()));
        for (MatchBand b : MatchBand.values()) {
            LeverageReport.Count c = t.report().band(b);
            nl(w, 2);
            w.writeEmptyElement("band");
            attrs(w, "name", b.key(), "segments", String.valueOf(c.segments()), "words", String.valueOf(c.words()));
        }
        nl(w, 1);
        w.writeEndElement();
    }

    private static void attrs(XMLStreamWriter w, String... pairs) throws XMLStreamException {
        for (int i = 0; i < pairs.length; i += 2) {
            w.writeAttribute(pairs[i], pairs[i + 1]);
        }
    }

    private static void nl(XMLStreamWriter w, int depth) throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }

    static Manifest read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            javax.xml.parsers.DocumentBuilder builder = SafeXml.documentBuilder();
            builder.setErrorHandler(new ThrowingHandler()); // the default one prints "[Fatal Error]" to stderr
            return read(file, builder.parse(in));
        } catch (IOException | SAXException e) {
            throw new InvalidInputException(file, 0, "not a presstm package manifest: " + e.getMessage(), e);
        }
    }

    private static Manifest read(Path file, Document doc) {
        Element root = doc.getDocumentElement();
        if (!ROOT.equals(root.getLocalName())) {
            throw new InvalidInputException(file, 0, "not a presstm package manifest (root is <"
                    + root.getLocalName() + ">)");
        }
        try {
            Element src = first(root, "source");
            PackageHeader header = new PackageHeader(root.getAttribute("id"), root.getAttribute("release"),
                    src.getAttribute("name"), Instant.parse(root.getAttribute("created")),
                    Profile.of(root.getAttribute("profile")), XliffVersion.of(root.getAttribute("xliff")));
            Language source = Language.of(src.getAttribute("lang"));
            List<Manifest.Target> targets = new ArrayList<>();
            NodeList ts = root.getElementsByTagName("target");
            for (int i = 0; i < ts.getLength(); i++) {
                targets.add(target((Element) ts.item(i)));
            }
            List<Manifest.SegmentEntry> segments = new ArrayList<>();
            NodeList ss = root.getElementsByTagName("segment");
            for (int i = 0; i < ss.getLength(); i++) {
                Element s = (Element) ss.item(i);
                segments.add(new Manifest.SegmentEntry(s.getAttribute("unit"), s.getAttribute("id"),
                        new Span(num(s, "start"), num(s, "end")), num(s, "words"), s.getTextContent()));
            }
            return new Manifest(header, src.getAttribute("file"), ReleaseFormat.named(src.getAttribute("format")),
                    source, targets, segments);
        } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
            throw new InvalidInputException(file, 0, "damaged presstm package manifest: " + e.getMessage(), e);
        }
    }

    /** Parse errors become exceptions (and the message of an {@link InvalidInputException}), nothing printed. */
    private static final class ThrowingHandler extends org.xml.sax.helpers.DefaultHandler {
        @Override
        public void error(org.xml.sax.SAXParseException e) throws SAXException {
            throw e;
        }
    }

    private static Manifest.Target target(Element t) {
        Map<MatchBand, LeverageReport.Count> bands = new EnumMap<>(MatchBand.class);
        NodeList bs = t.getElementsByTagName("band");
        for (int i = 0; i < bs.getLength(); i++) {
            Element b = (Element) bs.item(i);
            bands.put(MatchBand.ofKey(b.getAttribute("name")),
                    new LeverageReport.Count(num(b, "segments"), num(b, "words")));
        }
        Language lang = Language.of(t.getAttribute("lang"));
        return new Manifest.Target(lang, t.getAttribute("xliff"), t.getAttribute("tmx"), t.getAttribute("tbx"),
                num(t, "tmx-units"), num(t, "tbx-concepts"), new LeverageReport(lang, bands));
    }

    private static Element first(Element parent, String name) {
        NodeList list = parent.getElementsByTagName(name);
        if (list.getLength() == 0) {
            throw new IllegalArgumentException("no <" + name + "> element");
        }
        return (Element) list.item(0);
    }

    private static int num(Element e, String attribute) {
        String v = e.getAttribute(attribute);
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException("<" + e.getTagName() + " " + attribute + "=\"" + v
                    + "\"> is not a number", ex);
        }
    }
}
