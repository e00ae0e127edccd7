package org.presstm.glossary;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.presstm.InvalidInputException;
import org.presstm.lang.Language;
import org.presstm.xml.SafeXml;

/**
 * Reads TBX in both shapes: the 2008 TBX-Basic {@code martif} form (termEntry / langSet / tig or ntig), which
 * OmegaT reads, and TBX v3 of 2019 ({@code tbx} root, conceptEntry / langSec / termSec), in its DCA style
 * ({@code <termNote type="administrativeStatus">}) and its DCT style ({@code <basic:administrativeStatus>}).
 * Okapi's TBXReader is not used: it reads only martif and returns nothing, silently, for v3.
 * The parser comes from {@link SafeXml}: no DTD, no external entities. Any problem is an
 * {@link InvalidInputException} with the line; nothing of a bad file is returned.
 * One reader per file; not thread-safe.
 */
public final class TbxReader {
    private final Path file;
    private final XMLStreamReader xml;
    private final List<Concept> concepts = new ArrayList<>();
    private EntryBuilder entry;
    private Language language;
    private TermBuilder term;

    private TbxReader(Path file, XMLStreamReader xml) {
        this.file = file;
        this.xml = xml;
    }

    /** All concepts of a TBX file. */
    public static List<Concept> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file, in);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file, 0, "no such file");
        } catch (IOException e) {
            throw new InvalidInputException(file, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    /** @param file named in messages only */
    public static List<Concept> read(Path file, InputStream in) {
        // XMLStreamReader is not AutoCloseable and its close() leaves the stream open: the caller owns `in`
        try {
            XMLStreamReader xml = SafeXml.inputFactory().createXMLStreamReader(in);
            return new TbxReader(file, xml).readAll();
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw new InvalidInputException(file, line, "malformed TBX: " + firstLine(e.getMessage()), e);
        }
    }

    private List<Concept> readAll() throws XMLStreamException {
        boolean root = true;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw error("entity reference &" + xml.getLocalName() + "; is not allowed (no DTD, no entities)");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (root) {
                    checkRoot(xml.getLocalName());
                    root = false;
                }
                start(xml.getLocalName());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                end(xml.getLocalName());
            }
        }
        if (root) {
            throw error("empty document");
        }
        return List.copyOf(concepts);
    }

    private void checkRoot(String name) {
        if (!name.equals("martif") && !name.equals("tbx")) {
            throw error("not TBX: the root element is <" + name + ">, expected <martif> or <tbx>");
        }
    }

    private void start(String name) throws XMLStreamException {
        switch (name) {
            case "termEntry", "conceptEntry" -> {
                String id = xml.getAttributeValue(null, "id");
                if (id == null) {
                    id = xml.getAttributeValue(XMLConstants.XML_NS_URI, "id");
                }
                entry = new EntryBuilder(id == null ? "entry-" + line() : id, line());
            }
            case "langSet", "langSec" -> language = language(xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang"));
            case "tig", "ntig", "termSec" -> term = new TermBuilder();
            case "term" -> {
                if (term == null || language == null) {
                    throw error("<term> outside a langSet/langSec and tig/termSec");
                }
                term.text = xml.getElementText();
            }
            case "descrip", "termNote", "admin", "adminNote", "descripNote" ->
                    field(xml.getAttributeValue(null, "type"), xml.getElementText());
            case "note" -> field("note", xml.getElementText());
            case "partOfSpeech", "administrativeStatus", "definition", "subjectField", "source", "termType" -> {
                if (entry != null) {
                    field(name, xml.getElementText());
                }
            }
            default -> {
                // structure (body, text, termGrp, header) and categories presstm does not keep
            }
        }
    }

    private void end(String name) {
        switch (name) {
            case "tig", "ntig", "termSec" -> {
                term.add(this);
                term = null;
            }
            case "langSet", "langSec" -> language = null;
            case "termEntry", "conceptEntry" -> {
                concepts.add(entry.build(file));
                entry = null;
            }
            default -> {
            }
        }
    }

    private void field(String type, String value) {
        if (entry == null || type == null) {
            return;
        }
        if (term != null) {
            term.field(type, value, this);
        } else {
            entry.field(type, value);
        }
    }

    private Language language(String tag) {
        if (entry == null) {
            throw error("<langSet>/<langSec> outside a concept entry");
        }
        if (tag == null || tag.isBlank()) {
            throw error("<langSet>/<langSec> without xml:lang");
        }
        return Language.fromTag(tag).orElseThrow(() -> error("term in unknown language '" + tag
                + "' (presstm knows az, en, ru)"));
    }

    InvalidInputException error(String reason) {
        return new InvalidInputException(file, line(), reason);
    }

    private int line() {
        return xml.getLocation() == null ? 0 : xml.getLocation().getLineNumber();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "parse error";
        }
        String m = message.replaceFirst("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
        int nl = m.indexOf('\n');
        return nl < 0 ? m.strip() : m.substring(0, nl).strip();
    }

    /** The fields of one termEntry/conceptEntry while it is read. */
    private static final class EntryBuilder {
        final String id;
        final int line;
        final List<Term> terms = new ArrayList<>();
        String subject = "";
        String definition = "";
        String note = "";
        String source = "";

        EntryBuilder(String id, int line) {
            this.id = id;
            this.line = line;
        }

        void field(String type, String value) {
            switch (type) {
                case "subjectField" -> subject = value;
                case "definition" -> definition = definition.isEmpty() ? value : definition;
                case "note" -> note = note.isEmpty() ? value : note + " " + value;
                case "source" -> source = value;
                default -> {
                }
            }
        }

        Concept build(Path file) {
            try {
                return new Concept(id, subject, definition, note, source, terms);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(file, line, e.getMessage());
            }
        }
    }

    /** The fields of one tig/ntig/termSec while it is read. */
    private static final class TermBuilder {
        String text;
        String pos = "";
        String note = "";
        String status = "";

        void field(String type, String value, TbxReader r) {
            switch (type) {
                case "partOfSpeech" -> pos = value;
                case "administrativeStatus", "normativeAuthorization" -> status = value;
                case "note", "usageNote" -> note = value;
                default -> r.entry.field(type, value);
            }
        }

        void add(TbxReader r) {
            if (text == null || text.isBlank()) {
                throw r.error("a term without text in concept '" + r.entry.id + "'");
            }
            try {
                r.entry.terms.add(new Term(text, r.language, TermStatus.parse(status), pos, note));
            } catch (IllegalArgumentException e) {
                throw r.error(e.getMessage());
            }
        }
    }
}
