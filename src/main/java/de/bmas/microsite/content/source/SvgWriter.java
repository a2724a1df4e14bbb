package de.bmas.microsite.content.source;

import de.bmas.microsite.content.model.SourcePosition;

import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Copies the parsed SVG to the writer, leaving out what {@link SvgPolicy} refuses (an element with everything in
 * it), and remembers what it left out and where the first of it stood. A style sheet is held back until its end, so
 * that it goes whole when it would load something.
 */
final class SvgWriter extends DefaultHandler {

    /** The outermost element is not {@code <svg>} in the SVG namespace. */
    static final class NotSvg extends SAXException {
    }

    private static final int LISTED = 8;

    private final XMLStreamWriter out;
    private final String path;
    private final Map<String, String> namespaces = new LinkedHashMap<>();
    private final Map<String, Integer> removed = new LinkedHashMap<>();
    private Locator locator;
    private SourcePosition firstRemoval;
    private boolean root = true;
    /** How deep inside an element that is left out; 0 while copying. */
    private int skipping;
    private HeldStyle style;

    /** A {@code <style>} start tag and text, held until the end tag. */
    private record HeldStyle(String namespace, String name, Attributes attributes, Map<String, String> namespaces,
                             StringBuilder css) {
    }

    SvgWriter(XMLStreamWriter out, String path) {
        this.out = out;
        this.path = path;
    }

    /** The warning about what was left out, if anything was. */
    Optional<Problem> removed() {
        if (removed.isEmpty()) {
            return Optional.empty();
        }
        String listed = removed.entrySet().stream().limit(LISTED)
                .map(entry -> entry.getKey() + (entry.getValue() > 1 ? " (" + entry.getValue() + "×)" : ""))
                .collect(Collectors.joining(", "));
        String more = removed.size() > LISTED ? " und " + (removed.size() - LISTED) + " weitere" : "";
        return Optional.of(Problem.warning(firstRemoval, "Aus dem SVG-Bild wurde entfernt, was die Website nicht "
                        + "veröffentlicht: " + listed + more,
                "Skripte, Ereignis-Attribute, Animationen, eingebettete fremde Inhalte und Verweise auf andere "
                        + "Websites werden entfernt; veröffentlicht wird das Bild ohne sie. Exportieren Sie es als "
                        + "einfaches SVG („Normales SVG“), dann entfällt die Warnung."));
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
    }

    @Override
    public void startDocument() throws SAXException {
        write(() -> out.writeStartDocument("UTF-8", "1.0"));
    }

    @Override
    public void endDocument() throws SAXException {
        write(out::writeEndDocument);
    }

    @Override
    public void startPrefixMapping(String prefix, String namespace) {
        namespaces.put(prefix, namespace);
    }

    @Override
    public void startElement(String namespace, String name, String qualified, Attributes attributes)
            throws SAXException {
        if (root && !(SvgPolicy.SVG.equals(namespace) && name.equals("svg"))) {
            throw new NotSvg();
        }
        root = false;
        if (skipping > 0) {
            skipping++;
            namespaces.clear();
            return;
        }
        // a style sheet holds text only
        SvgPolicy.Verdict verdict = style != null ? SvgPolicy.Verdict.REMOVE : SvgPolicy.element(namespace, name);
        if (verdict != SvgPolicy.Verdict.KEEP) {
            if (verdict == SvgPolicy.Verdict.REMOVE) {
                remove("<" + qualified + ">");
            }
            skipping = 1;
            namespaces.clear();
            return;
        }
        if (name.equals("style")) {
            style = new HeldStyle(namespace, qualified, new AttributesImpl(attributes), Map.copyOf(namespaces),
                    new StringBuilder());
            namespaces.clear();
            return;
        }
        writeStart(namespace, qualified, attributes, namespaces);
        namespaces.clear();
    }

    @Override
    public void endElement(String namespace, String name, String qualified) throws SAXException {
        if (skipping > 0) {
            skipping--;
        } else if (style != null) {
            HeldStyle held = style;
            style = null;
            if (SvgPolicy.safeCss(held.css().toString())) {
                writeStart(held.namespace(), held.name(), held.attributes(), held.namespaces());
                write(() -> out.writeCharacters(held.css().toString()));
                write(out::writeEndElement);
            } else {
                remove("<" + held.name() + "> mit @import, url() oder Ähnlichem");
            }
        } else {
            write(out::writeEndElement);
        }
    }

    @Override
    public void characters(char[] text, int start, int length) throws SAXException {
        if (skipping > 0) {
            return;
        }
        if (style != null) {
            style.css().append(text, start, length);
        } else {
            write(() -> out.writeCharacters(text, start, length));
        }
    }

    @Override
    public void processingInstruction(String target, String data) {
        remove("<?" + target + "?>");
    }

    @Override
    public void skippedEntity(String name) {
        remove("&" + name + ";");
    }

    /** Never called with external entities switched off; should it be, nothing is read. */
    @Override
    public InputSource resolveEntity(String publicId, String systemId) {
        remove("externe Entität " + systemId);
        return new InputSource(new StringReader(""));
    }

    private void writeStart(String namespace, String qualified, Attributes attributes, Map<String, String> declared)
            throws SAXException {
        int colon = qualified.indexOf(':');
        String element = qualified.substring(colon + 1);
        write(() -> out.writeStartElement(colon < 0 ? "" : qualified.substring(0, colon), element, namespace));
        for (Map.Entry<String, String> declaration : declared.entrySet()) {
            write(() -> {
                if (declaration.getKey().isEmpty()) {
                    out.writeDefaultNamespace(declaration.getValue());
                } else {
                    out.writeNamespace(declaration.getKey(), declaration.getValue());
                }
            });
        }
        for (int i = 0; i < attributes.getLength(); i++) {
            String attributeNamespace = attributes.getURI(i);
            String name = attributes.getLocalName(i);
            String qualifiedName = attributes.getQName(i);
            String value = attributes.getValue(i);
            switch (SvgPolicy.attribute(element, attributeNamespace, name, value)) {
                case KEEP -> write(() -> {
                    int prefixEnd = qualifiedName.indexOf(':');
                    if (attributeNamespace.isEmpty()) {
                        out.writeAttribute(name, value);
                    } else {
                        out.writeAttribute(qualifiedName.substring(0, Math.max(0, prefixEnd)), attributeNamespace,
                                name, value);
                    }
                });
                case REMOVE -> remove(qualifiedName);
                case DROP_QUIETLY -> {
                }
            }
        }
    }

    private void remove(String what) {
        if (firstRemoval == null) {
            firstRemoval = new SourcePosition(path, Math.max(1, locator.getLineNumber()),
                    Math.max(1, locator.getColumnNumber()));
        }
        removed.merge(what, 1, Integer::sum);
    }

    private interface Write {
        void run() throws XMLStreamException;
    }

    private static void write(Write write) throws SAXException {
        try {
            write.run();
        } catch (XMLStreamException e) {
            throw new SAXException(e);
        }
    }
}
