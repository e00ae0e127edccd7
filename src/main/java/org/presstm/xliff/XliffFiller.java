package org.presstm.xliff;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import org.xml.sax.SAXException;

import org.presstm.InvalidInputException;
import org.presstm.PresstmException;
import org.presstm.xml.SafeXml;

/**
 * Does to a package XLIFF what a translator's tool does, for the demo, the benchmark and the tests: every
 * target segment gets its source segment's content (inline codes included) with each run of text passed
 * through {@code translate}, and the given state. Parsed with {@link SafeXml}. Stateless.
 */
public final class XliffFiller {
    private XliffFiller() {
    }

    /** XLIFF 1.2: the targets of every trans-unit, {@code state} on {@code <target>} (null: left as it is). */
    public static void xliff12(Path in, Path out, UnaryOperator<String> translate, String state) {
        Document doc = parse(in);
        NodeList units = doc.getElementsByTagNameNS("*", "trans-unit");
        for (int i = 0; i < units.getLength(); i++) {
            Element unit = (Element) units.item(i);
            Element segSource = child(unit, "seg-source");
            Element target = child(unit, "target");
            while (target.getFirstChild() != null) {
                target.removeChild(target.getFirstChild());
            }
            for (Node n = segSource.getFirstChild(); n != null; n = n.getNextSibling()) {
                target.appendChild(n.cloneNode(true));
            }
            mapText(target, translate);
            if (state != null) {
                target.setAttribute("state", state);
            }
        }
        save(doc, out);
    }

    /** XLIFF 2.0: a target for every segment, {@code state} on {@code <segment>} (null: left as it is). */
    public static void xliff20(Path in, Path out, UnaryOperator<String> translate, String state) {
        Document doc = parse(in);
        NodeList segments = doc.getElementsByTagNameNS("*", "segment");
        for (int i = 0; i < segments.getLength(); i++) {
            Element seg = (Element) segments.item(i);
            Element source = child(seg, "source");
            Element old = child(seg, "target");
            if (old != null) {
                seg.removeChild(old);
            }
            Element target = doc.createElementNS(source.getNamespaceURI(), "target");
            for (Node n = source.getFirstChild(); n != null; n = n.getNextSibling()) {
                target.appendChild(n.cloneNode(true));
            }
            mapText(target, translate);
            seg.insertBefore(target, source.getNextSibling());
            if (state != null) {
                seg.setAttribute("state", state);
            }
        }
        save(doc, out);
    }

    /** Maps each text run inside mrk/segment content, leaving inter-segment white space alone. */
    private static void mapText(Node node, UnaryOperator<String> translate) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE && !n.getNodeValue().isBlank()) {
                n.setNodeValue(translate.apply(n.getNodeValue()));
            } else if (n.getNodeType() == Node.ELEMENT_NODE) {
                mapText(n, translate);
            }
        }
    }

    private static Element child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static Document parse(Path in) {
        try {
            return SafeXml.documentBuilder().parse(in.toFile());
        } catch (IOException | SAXException e) {
            throw new InvalidInputException(in, 0, "cannot read XLIFF: " + e.getMessage(), e);
        }
    }

    private static void save(Document doc, Path out) {
        try (OutputStream os = Files.newOutputStream(out)) {
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.transform(new DOMSource(doc), new StreamResult(os));
        } catch (IOException | TransformerException e) {
            throw new PresstmException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }
}
