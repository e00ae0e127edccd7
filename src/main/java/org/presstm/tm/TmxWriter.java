package org.presstm.tm;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.XMLWriter;
import net.sf.okapi.common.filterwriter.TMXContent;
import net.sf.okapi.common.filterwriter.TMXWriter;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;

/**
 * Writes TMX 1.4b with Okapi's {@link TMXWriter}: every required header attribute, TMX attributes
 * (dates, ids, usage count) as attributes, props expanded one per value. Okapi's writer drops notes, and
 * with attributes on also drops a variant's props, so this subclass writes both itself. Each unit's
 * source is its variant in the header's source language, or its first variant. Not thread-safe.
 */
public final class TmxWriter implements AutoCloseable {
    private static final String ATTRIBUTES = ";lang;tuid;o-encoding;datatype;usagecount;lastusagedate;creationtool;"
            + "creationtoolversion;creationdate;creationid;changedate;segtype;changeid;o-tmf;srclang;";

    private final NotesWriter writer;
    private final String srclang;
    private int count;

    /** @param srclang the header's source language (a BCP 47 tag) */
    public TmxWriter(Path file, String srclang, String toolVersion) {
        this.srclang = srclang;
        try {
            Writer out = new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8);
            XMLWriter xml = new XMLWriter(out);
            writer = new NotesWriter(xml);
        } catch (IOException e) {
            throw new org.presstm.PresstmException("cannot write " + file + ": " + e.getMessage(), e);
        }
        writer.setWriteAllPropertiesAsAttributes(true);
        writer.setExpandDuplicateProps(true);
        writer.setPropValueSep(OkapiUnits.SEPARATOR);
        LocaleId src = LocaleId.fromBCP47(srclang);
        LocaleId trg = LocaleId.fromBCP47(Variant.keyOf(srclang).equals("en") ? "az" : "en");
        writer.writeStartDocument(src, trg, "presstm", toolVersion, "sentence", "presstm", "plaintext");
    }

    public void write(TranslationUnit unit) {
        Variant source = unit.variant(srclang).filter(v -> v.lang().equalsIgnoreCase(srclang))
                .orElse(unit.variants().get(0));
        writer.current = unit;
        writer.writeTUFull(OkapiUnits.toOkapi(unit, source), LocaleId.fromBCP47(source.lang()));
        count++;
    }

    public int count() {
        return count;
    }

    @Override
    public void close() {
        writer.writeEndDocument();
        writer.close();
    }

    /** Okapi's TMX writer, plus notes and variant props. */
    private static final class NotesWriter extends TMXWriter {
        private final XMLWriter xml;
        private final TMXContent content = new TMXContent();
        TranslationUnit current;

        NotesWriter(XMLWriter xml) {
            super(xml);
            this.xml = xml;
        }

        @Override
        protected void writeResourceLevelProperties(Set<String> names, ITextUnit item, TextFragment srcSegment) {
            notes(current.notes());
            super.writeResourceLevelProperties(names, item, srcSegment);
        }

        @Override
        protected void writeTUV(TextFragment frag, LocaleId locale, TextContainer props) {
            xml.writeStartElement("tuv");
            xml.writeAttributeString("xml:lang", locale.toBCP47());
            for (String name : props.getPropertyNames()) {
                if (ATTRIBUTES.contains(";" + name + ";") && !name.equals("lang")) {
                    xml.writeAttributeString(name, props.getProperty(name).getValue());
                }
            }
            xml.writeLineBreak();
            current.variants().stream().filter(v -> LocaleId.fromBCP47(v.lang()).equals(locale)).findFirst()
                    .ifPresent(v -> {
                        notes(v.notes());
                        v.props().forEach(p -> prop(p.type(), p.value()));
                    });
            xml.writeStartElement("seg");
            xml.writeRawXML(content.setContent(frag).toString());
            xml.writeEndElement();
            xml.writeEndElementLineBreak();
        }

        private void notes(List<String> notes) {
            for (String note : notes) {
                xml.writeStartElement("note");
                xml.writeString(note);
                xml.writeEndElementLineBreak();
            }
        }

        private void prop(String type, String value) {
            xml.writeStartElement("prop");
            xml.writeAttributeString("type", type);
            xml.writeString(value);
            xml.writeEndElementLineBreak();
        }
    }
}
