package org.presstm.xliff;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.presstm.InvalidInputException;
import org.presstm.xml.SafeXml;

/**
 * A first, safe pass over a returned XLIFF file before any Okapi reader sees it: the whole file is read
 * through {@link SafeXml} (DTDs off, no entity expansion), so a malformed file, an XXE or a "billion laughs"
 * fails here with the line and the unit it stood in; and the facts needed for the checks are picked up: the
 * version, the package id (1.2: {@code phase/@job-id}; 2.0: the presstm metadata), the languages, and the
 * line of every unit, for messages. Stateless.
 */
final class XliffProbe {
    /** What the probe found. */
    record Facts(XliffVersion version, Optional<String> packageId, String sourceLanguage, String targetLanguage,
            Map<String, Integer> unitLines) {
        Facts {
            unitLines = Map.copyOf(unitLines);
        }

        int line(String unitId) {
            return unitLines.getOrDefault(unitId, 0);
        }
    }

    private XliffProbe() {
    }

    static Facts probe(Path file) {
        String unit = null;
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = SafeXml.inputFactory().createXMLStreamReader(in);
            Scan scan = new Scan();
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new InvalidInputException(file, r.getLocation().getLineNumber(),
                            "a DOCTYPE is not allowed in XLIFF (DTDs and entities are refused)");
                }
                if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new InvalidInputException(file, r.getLocation().getLineNumber(),
                            "entity reference &" + r.getLocalName() + "; is not allowed" + where(unit));
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    unit = scan.element(r, unit);
                } else if (event == XMLStreamConstants.END_ELEMENT && isUnit(r.getLocalName())) {
                    unit = "after " + unit;
                }
            }
            return scan.facts(file);
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            throw new InvalidInputException(file, at == null ? 0 : at.getLineNumber(),
                    "malformed XLIFF" + where(unit) + ": " + firstLine(e.getMessage()), e);
        } catch (IOException e) {
            throw new InvalidInputException(file, 0, "cannot read: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (e instanceof InvalidInputException) {
                throw e;
            }
            throw new InvalidInputException(file, 0, "malformed XLIFF" + where(unit) + ": " + e.getMessage(), e);
        }
    }

    private static boolean isUnit(String element) {
        return element.equals("trans-unit") || element.equals("unit");
    }

    private static String where(String unit) {
        if (unit == null) {
            return "";
        }
        return unit.startsWith("after ") ? " (" + unit.replace("after after ", "after ") + ")" : " (in unit " + unit + ")";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String m = message.replaceFirst("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
        int nl = m.indexOf('\n');
        return nl >= 0 ? m.substring(0, nl) : m;
    }

    /** The state of the scan: what has been seen so far. */
    private static final class Scan {
        private String version;
        private String packageId;
        private String source;
        private String target;
        private boolean inPackageMeta;
        private final Map<String, Integer> unitLines = new HashMap<>();

        /** @return the unit now open (for messages) */
        String element(XMLStreamReader r, String unit) throws XMLStreamException {
            String name = r.getLocalName();
            switch (name) {
                case "xliff" -> {
                    version = attr(r, "version");
                    source = firstNonNull(attr(r, "srcLang"), source);
                    target = firstNonNull(attr(r, "trgLang"), target);
                }
                case "file" -> {
                    source = firstNonNull(attr(r, "source-language"), source);
                    target = firstNonNull(attr(r, "target-language"), target);
                }
                case "phase" -> {
                    if (packageId == null && "presstm".equals(attr(r, "tool-id"))) {
                        packageId = attr(r, "job-id");
                    }
                }
                case "metaGroup" -> inPackageMeta = Xliff20Writer.META_CATEGORY.equals(attr(r, "category"));
                case "meta" -> {
                    if (inPackageMeta && Xliff20Writer.META_PACKAGE.equals(attr(r, "type")) && packageId == null) {
                        packageId = r.getElementText().trim();
                    }
                }
                case "trans-unit", "unit" -> {
                    String id = attr(r, "id");
                    unitLines.putIfAbsent(id == null ? "" : id, r.getLocation().getLineNumber());
                    return id;
                }
                default -> {
                    // other elements carry nothing the checks need
                }
            }
            return unit;
        }

        Facts facts(Path file) {
            if (version == null) {
                throw new InvalidInputException(file, 0, "not an XLIFF file (no <xliff version=...> root)");
            }
            XliffVersion v;
            try {
                v = XliffVersion.of(version);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(file, 0, e.getMessage(), e);
            }
            return new Facts(v, Optional.ofNullable(packageId), source == null ? "" : source,
                    target == null ? "" : target, unitLines);
        }

        private static String attr(XMLStreamReader r, String name) {
            for (int i = 0; i < r.getAttributeCount(); i++) {
                if (r.getAttributeLocalName(i).equals(name)) {
                    return r.getAttributeValue(i);
                }
            }
            return null;
        }

        private static String firstNonNull(String a, String b) {
            return a != null ? a : b;
        }
    }
}
