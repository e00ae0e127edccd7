package org.presstm.tm;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.XMLEvent;

import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.filters.tmx.TmxFilter;

import org.presstm.InvalidInputException;
import org.presstm.PresstmException;
import org.presstm.xml.SafeXml;

/**
 * Reads TMX 1.4 into {@link TranslationUnit}s with Okapi's TMX filter, after a {@link TmxScan}. The filter
 * needs one source language per pass, and a unit without it breaks the filter, so units are read in one
 * pass per source language; when some units are bad or not all share the header's source language,
 * each pass reads a copy of the file that holds only its units (made with the safe StAX parser).
 * Not thread-safe: one per file.
 */
final class TmxReader {
    /** Receives what the reader finds, in order. */
    interface Sink {
        void unit(TranslationUnit unit, int line);

        void problem(int line, String reason);
    }

    /** Thrown by {@link #readWhileScanned} when the file needs more than one pass or has bad units. */
    static final class NotOnePass extends PresstmException {
        private static final long serialVersionUID = 1L;

        NotOnePass() {
            super("the TMX file needs the full scan first");
        }
    }

    /** The scanned unit at an ordinal of a pass, or null past the pass's last. */
    private interface Seen {
        TmxScan.Unit at(int ordinal);
    }

    private final Path file;
    private final TmxScan.Result scan;

    TmxReader(Path file, TmxScan.Result scan) {
        this.file = file;
        this.scan = scan;
    }

    /**
     * Reads the file in one pass with {@code source} as the source language while {@code feed} is still
     * scanning it: the common case, a file whose units are all good and all have the header's source
     * language. Throws {@link NotOnePass} as soon as the scan shows otherwise (the caller then starts again
     * with the whole scan), or the scan's own failure.
     */
    static void readWhileScanned(Path file, String source, TmxScanFeed feed, Sink sink) {
        Seen seen = ordinal -> {
            TmxScan.Unit u = feed.unit(ordinal);
            if (!feed.onePassSoFar() || u != null && (u.problem() != null || !source.equals(u.source()))) {
                throw new NotOnePass();
            }
            return u;
        };
        try {
            int read = new TmxReader(file, null).pass(file, source, seen, sink);
            if (seen.at(read) != null) {
                throw new PresstmException(file + ": the TMX reader found fewer units than the file holds");
            }
        } catch (InvalidInputException e) {
            // Okapi's filter fails for good on a unit without the source language, perhaps before the scan
            // has reached it: a bad file as the scan sees it is read again the careful way
            TmxScan.Result whole = feed.result();
            if (whole.units().stream().anyMatch(u -> u.problem() != null || !source.equals(u.source()))) {
                throw new NotOnePass();
            }
            throw e;
        }
    }

    void read(Sink sink) {
        Map<String, List<Integer>> passes = new LinkedHashMap<>();
        boolean bad = false;
        for (int i = 0; i < scan.units().size(); i++) {
            TmxScan.Unit u = scan.units().get(i);
            if (u.problem() != null) {
                sink.problem(u.line(), u.problem());
                bad = true;
            } else {
                passes.computeIfAbsent(u.source(), k -> new ArrayList<>()).add(i);
            }
        }
        if (passes.size() == 1 && !bad) {
            Map.Entry<String, List<Integer>> only = passes.entrySet().iterator().next();
            pass(file, only.getKey(), byIndex(only.getValue()), sink);
            return;
        }
        for (Map.Entry<String, List<Integer>> p : passes.entrySet()) {
            Path copy = copyOf(p.getValue());
            try {
                pass(copy, p.getKey(), byIndex(p.getValue()), sink);
            } finally {
                delete(copy);
            }
        }
    }

    private Seen byIndex(List<Integer> units) {
        return ordinal -> ordinal < units.size() ? scan.units().get(units.get(ordinal)) : null;
    }

    /** One pass of Okapi's filter over {@code input}; returns the number of units read. */
    private int pass(Path input, String source, Seen units, Sink sink) {
        LocaleId src = LocaleId.fromBCP47(source);
        LocaleId other = LocaleId.fromBCP47(Variant.keyOf(source).equals("en") ? "az" : "en");
        int next = 0;
        try (TmxFilter filter = new TmxFilter(); RawDocument doc = new RawDocument(input.toUri(), "UTF-8", src, other)) {
            filter.getParameters().setPropValueSep(OkapiUnits.SEPARATOR);
            filter.open(doc);
            while (filter.hasNext()) {
                Event e = filter.next();
                if (!e.isTextUnit()) {
                    continue;
                }
                TmxScan.Unit seen = units.at(next++);
                if (seen == null) {
                    throw new PresstmException(file + ": the TMX reader found more units than the file holds");
                }
                convert(e.getTextUnit(), seen, sink);
            }
            return next;
        } catch (PresstmException e) {
            throw e;
        } catch (RuntimeException e) { // Okapi, and Woodstox's lazy errors, which are no OkapiException
            TmxScan.Unit at = units.at(next);
            throw new InvalidInputException(file, at != null ? at.line() : 0, "unreadable TMX: " + TmxScan.clean(e), e);
        }
    }

    private void convert(ITextUnit tu, TmxScan.Unit seen, Sink sink) {
        if (!Objects.equals(emptyToNull(tu.getName()), seen.tuid())) {
            throw new PresstmException(file + ":" + seen.line() + ": the TMX reader lost its place (tuid "
                    + tu.getName() + " where " + seen.tuid() + " was expected)");
        }
        try {
            sink.unit(OkapiUnits.fromOkapi(tu, seen.langs(), seen.notes(), seen.variantNotes()), seen.line());
        } catch (IllegalArgumentException e) {
            sink.problem(seen.line(), e.getMessage());
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** A copy of the file with only the given units (by index), for one pass. */
    private Path copyOf(List<Integer> keep) {
        Path copy;
        try {
            copy = Files.createTempFile("presstm-tmx", ".tmx");
        } catch (IOException e) {
            throw new PresstmException("cannot create a temporary file: " + e.getMessage(), e);
        }
        try (InputStream in = Files.newInputStream(file); OutputStream out = Files.newOutputStream(copy)) {
            XMLEventReader r = SafeXml.inputFactory().createXMLEventReader(in);
            XMLEventWriter w = XMLOutputFactory.newFactory().createXMLEventWriter(out, "UTF-8");
            copyUnits(r, w, keep);
            w.close();
            r.close();
            return copy;
        } catch (IOException | XMLStreamException e) {
            delete(copy);
            throw new InvalidInputException(file, 0, "cannot re-read: " + TmxScan.clean(e), e);
        }
    }

    private static void copyUnits(XMLEventReader r, XMLEventWriter w, List<Integer> keep) throws XMLStreamException {
        int index = -1;
        int k = 0;
        boolean skipping = false;
        while (r.hasNext()) {
            XMLEvent e = r.nextEvent();
            if (e.isStartDocument()) {
                w.add(javax.xml.stream.XMLEventFactory.newFactory().createStartDocument("UTF-8", "1.0"));
                continue;
            }
            if (e.getEventType() == XMLEvent.DTD) {
                continue;
            }
            if (e.isStartElement() && e.asStartElement().getName().getLocalPart().equals("tu")) {
                index++;
                skipping = !(k < keep.size() && keep.get(k) == index);
                if (!skipping) {
                    k++;
                }
            }
            if (!skipping) {
                w.add(e);
            }
            if (e.isEndElement() && e.asEndElement().getName().getLocalPart().equals("tu")) {
                skipping = false;
            }
        }
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            p.toFile().deleteOnExit(); // a leftover temporary copy is harmless; try again at exit
        }
    }
}
