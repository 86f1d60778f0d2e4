package dev.cloudmaker.emulator.aws;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** Reads a Route 53 request body (no DTDs, no external entities) and walks its elements by local name. */
final class RequestXml {
    private RequestXml() {
    }

    /** The root element, which must be {@code rootName}. */
    static Element parse(byte[] body, String rootName) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Element root = f.newDocumentBuilder().parse(new ByteArrayInputStream(body)).getDocumentElement();
            if (!rootName.equals(root.getLocalName())) {
                throw Route53Error.invalidInput("The request body must be a " + rootName + ", not " + root.getLocalName());
            }
            return root;
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new Route53Error(400, "InvalidInput", "The XML you provided was not well-formed: " + e.getMessage());
        }
    }

    static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.getFirst();
    }

    /** The trimmed text of a child, or null when there is none. */
    static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? null : e.getTextContent().trim();
    }
}
