package de.bmas.microsite.outputs;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Builds XML files with the JDK's DOM and writes them indented as UTF-8: escaping is the library's job. */
final class XmlDocuments {

    private XmlDocuments() {
    }

    /** A new document whose root element is {@code root} in {@code namespace} (null for none). */
    static Document create(String namespace, String root) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder().newDocument();
            document.setXmlStandalone(true);
            document.appendChild(document.createElementNS(namespace, root));
            return document;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser is not configured", e);
        }
    }

    /** Appends a child element in the parent's namespace, with {@code text} as content unless null. */
    static Element add(Element parent, String name, String text) {
        Element child = parent.getOwnerDocument().createElementNS(parent.getNamespaceURI(), name);
        if (text != null) {
            child.setTextContent(text);
        }
        parent.appendChild(child);
        return child;
    }

    static byte[] bytes(Document document) {
        try {
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, StandardCharsets.UTF_8.name());
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            // the JDK's serializer puts the root element on the declaration's line unless asked not to
            transformer.setOutputProperty("http://www.oracle.com/xml/is-standalone", "yes");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("Could not write an XML document", e);
        }
    }
}
