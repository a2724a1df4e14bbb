package de.bmas.microsite.content.source;

import de.bmas.microsite.content.model.SourcePosition;

import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * SVG images are XML documents that a browser runs scripts in when one is opened by its address: an SVG in
 * {@code bilder/} is as dangerous as a page. Each is parsed with a real XML parser that loads no DTD and no external
 * entity and bounds the expansion of internal ones (against XXE and "billion laughs"), and written anew with only
 * what draws: {@link SvgPolicy} decides what stays. What was removed is named in a warning; a file that is no XML or
 * no SVG is an error. The written bytes are what the server and the export publish.
 */
final class SvgSanitizer {

    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();

    private SvgSanitizer() {
    }

    /** The safe bytes of the SVG file {@code path}, or empty with an error in {@code problems}. */
    static Optional<byte[]> sanitize(String path, byte[] svg, List<Problem> problems) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(svg.length);
        SvgWriter writer;
        try {
            XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out, "UTF-8");
            writer = new SvgWriter(xml, path);
            InputSource source = new InputSource(new ByteArrayInputStream(svg));
            source.setSystemId(path);
            parser().parse(source, writer);
            xml.close();
        } catch (SAXParseException e) {
            problems.add(Problem.error(new SourcePosition(path, Math.max(1, e.getLineNumber()),
                            Math.max(1, e.getColumnNumber())), "Das SVG-Bild ist kein gültiges XML",
                    "Öffnen Sie es in einem Grafikprogramm und speichern Sie es erneut als SVG."));
            return Optional.empty();
        } catch (SvgWriter.NotSvg e) {
            problems.add(Problem.error(new SourcePosition(path, 1, 1), "Die Datei ist kein SVG-Bild",
                    "Ihr äußerstes Element muss „<svg xmlns=\"http://www.w3.org/2000/svg\">“ sein."));
            return Optional.empty();
        } catch (SAXException | XMLStreamException e) {
            throw new IllegalStateException("Writing the sanitized SVG failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writer.removed().ifPresent(problems::add);
        return Optional.of(out.toByteArray());
    }

    /**
     * A parser that never reads anything but the given bytes: no DTD, no external entity (skipped, and reported as
     * removed), internal entities bounded, as the OWASP XXE cheat sheet advises for Java.
     */
    private static SAXParser parser() throws SAXException {
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            SAXParser parser = factory.newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            parser.setProperty("jdk.xml.entityExpansionLimit", "1000");
            parser.setProperty("jdk.xml.totalEntitySizeLimit", "1000000");
            parser.setProperty("jdk.xml.maxElementDepth", "256");
            return parser;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser lacks a security feature", e);
        }
    }
}
