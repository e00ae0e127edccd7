package org.presstm.tm;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.presstm.InvalidInputException;
import org.presstm.io.TextFiles;
import org.presstm.xml.SafeXml;

/**
 * A first pass over a TMX file with a safe StAX parser ({@link SafeXml}), before Okapi reads it. Okapi's
 * TMX filter breaks for good after a unit without its source language, joins a unit's notes into one
 * and reports no line numbers; this pass finds the line of every unit, the bad units (and why), a source
 * language for each good one, and the notes as written. A file that is not well-formed XML, not TMX,
 * or uses entities is refused here, before the memory is touched. Not thread-safe: one per file.
 */
final class TmxScan {
    private static final Set<String> SEG_CHILDREN = Set.of("bpt", "ept", "it", "ph", "hi", "ut");

    /** One unit as the scan saw it; {@code problem} is null for a good unit. */
    record Unit(int line, String tuid, String source, String problem, List<String> langs, List<String> notes,
            Map<String, List<String>> variantNotes) {
    }

    /** @param units in document order */
    record Result(String srclang, List<Unit> units) {
    }

    /** Told of what the scan finds as it goes, on the scanning thread. */
    interface Progress {
        /** The header's source language (null if none), before any unit. */
        void header(String srclang);

        void unit(Unit unit);
    }

    private static final Progress QUIET = new Progress() {
        @Override
        public void header(String srclang) {
        }

        @Override
        public void unit(Unit unit) {
        }
    };

    private final Path file;
    private final Progress progress;
    private String srclang;
    private boolean headerTold;

    private TmxScan(Path file, Progress progress) {
        this.file = file;
        this.progress = progress;
    }

    static Result scan(Path file) {
        return scan(file, QUIET);
    }

    /**
     * Scans {@code file}, telling {@code progress} of each unit as it goes; the result keeps the units only if
     * the progress is {@link #QUIET} (a progress that is told of them keeps what it needs: at a million units,
     * keeping them all held half a gigabyte and cost seconds of collector pauses).
     */
    static Result scan(Path file, Progress progress) {
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(file, 0, "is a directory, not a TMX file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new TmxScan(file, progress).read(in);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file, 0, "no such file");
        } catch (IOException e) {
            throw new InvalidInputException(file, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    private Result read(InputStream in) {
        XMLStreamReader r = null;
        try {
            r = SafeXml.inputFactory().createXMLStreamReader(in);
            List<Unit> units = new ArrayList<>();
            boolean root = true;
            while (r.hasNext()) {
                int event = r.next();
                refuseEntities(r, event);
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (root && !r.getLocalName().equals("tmx")) {
                    throw bad(r.getLocation(), "not a TMX file: the root element is <" + r.getLocalName() + ">");
                }
                root = false;
                if (r.getLocalName().equals("header")) {
                    srclang = r.getAttributeValue(null, "srclang");
                    tellHeader();
                } else if (r.getLocalName().equals("tu")) {
                    tellHeader();
                    Unit u = unit(r);
                    if (progress == QUIET) {
                        units.add(u);
                    } else {
                        progress.unit(u);
                    }
                }
            }
            if (root) {
                throw new InvalidInputException(file, 0, "not a TMX file: no root element");
            }
            return new Result(srclang, units);
        } catch (XMLStreamException e) {
            if (e.getCause() instanceof CharConversionException || String.valueOf(e.getMessage()).contains("UTF-8")) {
                encodingError(e);
            }
            throw bad(e.getLocation() != null ? e.getLocation() : location(r), "not well-formed XML: " + clean(e));
        } finally {
            close(r);
        }
    }

    private void tellHeader() {
        if (!headerTold) {
            headerTold = true;
            progress.header(srclang);
        }
    }

    /** The parser does not say where bad bytes are; decoding the file ourselves does. */
    private void encodingError(XMLStreamException e) {
        try {
            TextFiles.decodeUtf8(file, Files.readAllBytes(file));
        } catch (IOException io) {
            e.addSuppressed(io);
        }
        // decoded cleanly: not a UTF-8 problem after all, so the parser's own message stands
    }

    private void refuseEntities(XMLStreamReader r, int event) {
        if (event == XMLStreamConstants.DTD && r.getText() != null && r.getText().contains("<!ENTITY")) {
            throw bad(r.getLocation(), "the DOCTYPE declares entities; presstm never fetches or expands"
                    + " entities: remove the declarations");
        }
        if (event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw bad(r.getLocation(), "entity &" + r.getLocalName() + "; is not expanded (presstm reads no"
                    + " entities); write the text itself");
        }
    }

    private Unit unit(XMLStreamReader r) throws XMLStreamException {
        int line = r.getLocation().getLineNumber();
        String tuid = r.getAttributeValue(null, "tuid");
        List<String> notes = new ArrayList<>();
        Map<String, List<String>> variantNotes = new LinkedHashMap<>();
        List<String> langs = new ArrayList<>();
        String problem = null;
        while (r.hasNext()) {
            int event = r.next();
            refuseEntities(r, event);
            if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("tu")) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (r.getLocalName().equals("note")) {
                notes.add(r.getElementText());
            } else if (r.getLocalName().equals("tuv")) {
                String lang = lang(r);
                String p = variant(r, lang, variantNotes);
                problem = problem != null ? problem : p;
                if (lang != null) {
                    langs.add(lang);
                }
            }
        }
        problem = problem != null ? problem : check(langs);
        return new Unit(line, tuid, problem == null ? source(langs) : null, problem, langs, notes, variantNotes);
    }

    private static String lang(XMLStreamReader r) {
        String lang = r.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
        lang = lang != null ? lang : r.getAttributeValue(null, "lang");
        return lang == null || lang.isBlank() ? null : lang.trim();
    }

    /** Reads a tuv to its end; returns its problem or null. */
    private static String variant(XMLStreamReader r, String lang, Map<String, List<String>> notes)
            throws XMLStreamException {
        String problem = lang == null ? "a <tuv> has no xml:lang" : null;
        boolean seg = false;
        int depth = 0;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("tuv")) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = r.getLocalName();
                if (name.equals("note") && lang != null) {
                    notes.computeIfAbsent(lang, k -> new ArrayList<>()).add(r.getElementText());
                } else if (name.equals("seg")) {
                    seg = true;
                    depth = 1;
                } else if (depth == 1 && !SEG_CHILDREN.contains(name) && problem == null) {
                    problem = "<" + name + "> is not allowed in <seg> (only bpt, ept, it, ph, hi, ut)";
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("seg")) {
                depth = 0;
            }
        }
        return problem != null ? problem : seg ? null : "a <tuv> in " + lang + " has no <seg>";
    }

    private static String check(List<String> langs) {
        if (langs.isEmpty()) {
            return "the unit has no <tuv>";
        }
        Map<String, Integer> seen = new HashMap<>();
        for (String l : langs) {
            if (seen.merge(l.toLowerCase(Locale.ROOT), 1, Integer::sum) > 1) {
                return "the unit has two <tuv> in " + l;
            }
        }
        return null;
    }

    /** The header's source language if the unit has it (exactly, as Okapi needs), else its first. */
    private String source(List<String> langs) {
        return srclang != null && langs.contains(srclang) ? srclang : langs.get(0);
    }

    private InvalidInputException bad(Location at, String reason) {
        return new InvalidInputException(file, at == null ? 0 : Math.max(at.getLineNumber(), 0), reason);
    }

    private static Location location(XMLStreamReader r) {
        return r == null ? null : r.getLocation();
    }

    /** Woodstox messages carry "at [row,col ...]" and sometimes a second line; we give the line ourselves. */
    static String clean(Exception e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        m = nl >= 0 ? m.substring(0, nl) : m;
        int at = m.indexOf(" at [row,col");
        m = at >= 0 ? m.substring(0, at) : m;
        return m.startsWith("ParseError at [") && m.contains("Message: ") ? m.substring(m.indexOf("Message: ") + 9)
                : m.trim();
    }

    private static void close(XMLStreamReader r) {
        if (r == null) {
            return;
        }
        try {
            r.close();
        } catch (XMLStreamException e) {
            // the file was fully read or already failed; the result or the first error is what counts
            return;
        }
    }
}
