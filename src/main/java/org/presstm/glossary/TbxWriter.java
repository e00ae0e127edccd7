package org.presstm.glossary;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.presstm.lang.Language;

/**
 * Writes TBX-Basic in the 2008 {@code martif} form, the one OmegaT, Trados and memoQ all read: one
 * termEntry per concept, one langSet per language, one tig per term with part of speech, administrative
 * status and note. The header's sourceDesc carries the given description lines (where the data came from).
 * Stateless and thread-safe.
 */
public final class TbxWriter {
    private TbxWriter() {
    }

    public static void write(TermBase base, List<String> description, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(base, description, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    public static void write(TermBase base, List<String> description, OutputStream out) {
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            nl(w, 0);
            w.writeStartElement("martif");
            w.writeAttribute("type", "TBX-Basic");
            w.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", "en");
            header(w, description);
            nl(w, 1);
            w.writeStartElement("text");
            nl(w, 2);
            w.writeStartElement("body");
            for (Concept c : base.concepts()) {
                entry(w, c);
            }
            nl(w, 2);
            w.writeEndElement();
            nl(w, 1);
            w.writeEndElement();
            nl(w, 0);
            w.writeEndElement();
            w.writeEndDocument();
            w.flush();
            w.close();
            out.write('\n');
        } catch (XMLStreamException | IOException e) {
            throw new UncheckedIOException(new IOException("cannot write TBX: " + e.getMessage(), e));
        }
    }

    private static void header(XMLStreamWriter w, List<String> description) throws XMLStreamException {
        nl(w, 1);
        w.writeStartElement("martifHeader");
        nl(w, 2);
        w.writeStartElement("fileDesc");
        nl(w, 3);
        w.writeStartElement("sourceDesc");
        for (String line : description.isEmpty() ? List.of("Written by presstm.") : description) {
            nl(w, 4);
            element(w, "p", null, line);
        }
        nl(w, 3);
        w.writeEndElement();
        nl(w, 2);
        w.writeEndElement();
        nl(w, 2);
        w.writeStartElement("encodingDesc");
        nl(w, 3);
        element(w, "p", "XCSURI", "TBXBasicXCSV02.xcs");
        nl(w, 2);
        w.writeEndElement();
        nl(w, 1);
        w.writeEndElement();
    }

    private static void entry(XMLStreamWriter w, Concept c) throws XMLStreamException {
        nl(w, 3);
        w.writeStartElement("termEntry");
        w.writeAttribute("id", c.id());
        optional(w, 4, "descrip", "subjectField", c.subject());
        optional(w, 4, "descrip", "definition", c.definition());
        optional(w, 4, "admin", "source", c.source());
        optional(w, 4, "note", null, c.note());
        for (Language lang : Language.values()) {
            List<Term> terms = c.terms(lang);
            if (terms.isEmpty()) {
                continue;
            }
            nl(w, 4);
            w.writeStartElement("langSet");
            w.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", lang.code());
            for (Term t : terms) {
                term(w, t);
            }
            nl(w, 4);
            w.writeEndElement();
        }
        nl(w, 3);
        w.writeEndElement();
    }

    private static void term(XMLStreamWriter w, Term t) throws XMLStreamException {
        nl(w, 5);
        w.writeStartElement("tig");
        nl(w, 6);
        element(w, "term", null, t.text());
        optional(w, 6, "termNote", "partOfSpeech", t.partOfSpeech());
        nl(w, 6);
        element(w, "termNote", "administrativeStatus", t.status().tbxValue());
        optional(w, 6, "note", null, t.note());
        nl(w, 5);
        w.writeEndElement();
    }

    private static void optional(XMLStreamWriter w, int depth, String name, String type, String value)
            throws XMLStreamException {
        if (!value.isEmpty()) {
            nl(w, depth);
            element(w, name, type, value);
        }
    }

    private static void element(XMLStreamWriter w, String name, String type, String value)
            throws XMLStreamException {
        w.writeStartElement(name);
        if (type != null) {
            w.writeAttribute("type", type);
        }
        w.writeCharacters(value);
        w.writeEndElement();
    }

    private static void nl(XMLStreamWriter w, int depth) throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }
}
