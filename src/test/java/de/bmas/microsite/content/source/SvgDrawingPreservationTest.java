package de.bmas.microsite.content.source;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static de.bmas.microsite.content.source.SvgSanitizerFixture.CLOSE;
import static de.bmas.microsite.content.source.SvgSanitizerFixture.OPEN;
import static de.bmas.microsite.content.source.SvgSanitizerFixture.sanitize;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sanitizer takes out only what runs or loads: a drawing keeps its elements, attributes and references inside
 * the image, and a drawing program's bookkeeping goes without troubling the editor with a warning.
 */
class SvgDrawingPreservationTest {

    /** What draws stays as it was, with references inside the image, links to the web and embedded pictures. */
    @Test
    void aDrawingKeepsWhatDraws() {
        String drawing = OPEN + "<title>Saal</title><defs><linearGradient id=\"g\"><stop offset=\"0\" "
                + "stop-color=\"#fff\"/></linearGradient><path id=\"p\" d=\"M0 0L10 10\"/></defs>"
                + "<style>.a { fill: url(#g); stroke: url( \"#g\" ) }</style>"
                + "<rect class=\"a\" width=\"10\" height=\"10\" fill=\"url(#g)\" style=\"opacity: .5\" "
                + "transform=\"rotate(45 5 5)\"/><use href=\"#p\"/><use xlink:href=\"#p\"/>"
                + "<a href=\"https://www.bmas.de/\"><text x=\"1\" y=\"9\" xml:space=\"preserve\">A &amp; B</text></a>"
                + "<a href=\"/programm\"><text>Programm</text></a>"
                + "<image width=\"1\" height=\"1\" href=\"data:image/png;base64,iVBORw0KGgo=\"/>" + CLOSE;
        List<Problem> problems = new ArrayList<>();

        String svg = sanitize(drawing, problems).orElseThrow();

        assertThat(problems).isEmpty();
        assertThat(elementsAndAttributes(svg)).isEqualTo(elementsAndAttributes(drawing));
        assertThat(svg).contains("A &amp; B");
    }

    /** Drawing programs' bookkeeping is neither drawn nor run: it goes without a warning. */
    @Test
    void inkscapeBookkeepingGoesQuietly() {
        List<Problem> problems = new ArrayList<>();

        String svg = sanitize("<svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\" "
                + "xmlns:sodipodi=\"http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd\" "
                + "xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" inkscape:version=\"1.3\">"
                + "<sodipodi:namedview pagecolor=\"#fff\"/><metadata><rdf:RDF/></metadata>"
                + "<g inkscape:label=\"Ebene 1\"><rect width=\"1\" height=\"1\"/></g></svg>", problems).orElseThrow();

        assertThat(problems).isEmpty();
        assertThat(svg).doesNotContain("namedview", "inkscape:label", "rdf:RDF").contains("<rect", "<metadata");
    }

    /** Element names with their attribute names, in document order: the structure of a drawing. */
    private static List<String> elementsAndAttributes(String svg) {
        return Jsoup.parse(svg, "", Parser.xmlParser()).getAllElements().stream().skip(1)
                .map(element -> element.tagName() + element.attributes().asList().stream().map(Attribute::getKey)
                        .filter(key -> !key.startsWith("xmlns")).sorted().toList())
                .toList();
    }
}
