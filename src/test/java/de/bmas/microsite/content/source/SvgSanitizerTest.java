package de.bmas.microsite.content.source;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.XmlDeclaration;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SVG images are documents that can run scripts: whatever an SVG in {@code bilder/} holds, what is published draws
 * and does nothing else, and editors are told what was taken out, or why the file is refused.
 */
class SvgSanitizerTest {

    private static final String OPEN = "<svg xmlns=\"http://www.w3.org/2000/svg\" "
            + "xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 10 10\">";
    private static final String CLOSE = "</svg>";
    /** CSS that loads something, or hides what it does behind an escape. */
    private static final Pattern LOADS = Pattern.compile("@import|url\\(\\s*['\"]?[^#'\"\\s]|image-set\\(|\\\\"
            + "|javascript:");

    /** Payloads that run, load or embed something when the SVG is opened, each with what the warning names. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "<script>alert(1)</script>                                              | <script>",
            "<script xlink:href=\"https://evil.example/x.js\"/>                     | <script>",
            "<foreignObject><body xmlns=\"http://www.w3.org/1999/xhtml\"><img src=\"x\" onerror=\"alert(1)\"/></body>"
                    + "</foreignObject>                                                  | <foreignObject>",
            "<html:script xmlns:html=\"http://www.w3.org/1999/xhtml\">alert(1)</html:script> | <html:script>",
            "<iframe xmlns=\"http://www.w3.org/1999/xhtml\" src=\"javascript:alert(1)\"/> | <iframe>",
            "<rect width=\"5\" height=\"5\" onclick=\"alert(1)\"/>                  | onclick",
            "<g ONMOUSEOVER=\"alert(1)\"/>                                           | ONMOUSEOVER",
            "<a href=\"javascript:alert(1)\"><text>x</text></a>                      | href",
            "<a xlink:href=\" java&#9;script:alert(1)\"><text>x</text></a>           | xlink:href",
            "<a href=\"data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;\"><text>x</text></a> | href",
            "<a href=\"//evil.example/\"><text>x</text></a>                          | href",
            "<image href=\"https://tracker.example/pixel.png\" width=\"1\" height=\"1\"/> | href",
            "<image xlink:href=\"data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=\"/>       | xlink:href",
            "<use href=\"https://evil.example/sprite.svg#icon\"/>                    | href",
            "<feImage href=\"https://evil.example/x.png\"/>                          | href",
            "<animate attributeName=\"href\" to=\"javascript:alert(1)\"/>           | <animate>",
            "<set attributeName=\"onmouseover\" to=\"alert(1)\"/>                   | <set>",
            "<handler type=\"application/ecmascript\">alert(1)</handler>             | <handler>",
            "<style>@import url(https://evil.example/x.css);</style>                | <style> mit @import, url() oder Ähnlichem",
            "<style>rect { fill: url(https://evil.example/x.svg#p) }</style>        | <style> mit @import, url() oder Ähnlichem",
            "<style>rect { background: u\\72l(https://evil.example/x.png) }</style> | <style> mit @import, url() oder Ähnlichem",
            "<style>@font-face { src: url('https://evil.example/f.woff') }</style>  | <style> mit @import, url() oder Ähnlichem",
            "<style>rect { background-image: image-set('https://evil.example/x.png' 1x) }</style> | <style> mit @import, url() oder Ähnlichem",
            "<rect style=\"fill: url(https://evil.example/#p)\"/>                   | style",
            "<rect fill=\"url('https://evil.example/#p')\"/>                        | fill",
            "<g xml:base=\"https://evil.example/\"><use href=\"#a\"/></g>            | xml:base",
            "<text>Text</text><?xml-stylesheet href=\"https://evil.example/x.css\"?> | <?xml-stylesheet?>"})
    void whatRunsOrLoadsIsRemovedAndNamed(String payload, String named) {
        List<Problem> problems = new ArrayList<>();
        assertThat(dangerIn(OPEN + payload + CLOSE)).as("the judge sees it").isNotEmpty();

        String svg = sanitize(OPEN + payload + CLOSE, problems).orElseThrow();

        assertThat(dangerIn(svg)).isEmpty();
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.isError()).isFalse();
            assertThat(problem.message()).isEqualTo("Aus dem SVG-Bild wurde entfernt, was die Website nicht "
                    + "veröffentlicht: " + named);
            assertThat(problem.hint()).contains("„Normales SVG“");
        });
    }

    /** SAX reports where a construct ends: the column is the one after the instruction. */
    @Test
    void aProcessingInstructionBeforeTheImageIsRemovedToo() {
        List<Problem> problems = new ArrayList<>();

        String svg = sanitize("<?xml version=\"1.0\"?>\n<?xml-stylesheet type=\"text/xsl\" href=\"https://evil"
                + ".example/x.xsl\"?>\n" + OPEN + "<rect width=\"1\" height=\"1\"/>" + CLOSE, problems).orElseThrow();

        assertThat(svg).doesNotContain("xml-stylesheet").contains("<rect");
        assertThat(problems).extracting(Problem::toString).containsExactly("bilder/bild.svg:2:69: Warnung: Aus dem "
                + "SVG-Bild wurde entfernt, was die Website nicht veröffentlicht: <?xml-stylesheet?> – Skripte, "
                + "Ereignis-Attribute, Animationen, eingebettete fremde Inhalte und Verweise auf andere Websites "
                + "werden entfernt; veröffentlicht wird das Bild ohne sie. Exportieren Sie es als einfaches SVG "
                + "(„Normales SVG“), dann entfällt die Warnung.");
    }

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

    /** An external entity would read a file of the server into the image (XXE): it is never read. */
    @Test
    void externalEntitiesAreNotRead(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("geheim.txt"), "GEHEIM-4711");
        List<Problem> problems = new ArrayList<>();

        String svg = sanitize("<?xml version=\"1.0\"?>\n<!DOCTYPE svg [\n<!ENTITY xxe SYSTEM \"" + secret.toUri()
                + "\">\n<!ENTITY % remote SYSTEM \"" + secret.toUri() + "\">\n%remote;\n]>\n" + OPEN
                + "<text>&xxe;</text>" + CLOSE, problems).orElseThrow();

        assertThat(svg).doesNotContain("GEHEIM").doesNotContain("DOCTYPE").contains("<text></text>");
        assertThat(problems).singleElement().extracting(Problem::message).asString().endsWith(": &xxe;");
    }

    /** Defaults declared in the document's own DTD are attributes like any other: an event handler goes. */
    @Test
    void attributeDefaultsFromTheDocumentTypeAreCheckedToo() {
        List<Problem> problems = new ArrayList<>();

        String svg = sanitize("<!DOCTYPE svg [<!ATTLIST svg onload CDATA \"alert(1)\">]>" + OPEN + CLOSE, problems)
                .orElseThrow();

        assertThat(svg).doesNotContain("onload").doesNotContain("alert");
        assertThat(problems).singleElement().extracting(Problem::message).asString().endsWith(": onload");
    }

    @Test
    void entitiesThatExpandBeyondAnyImageAreRefused() {
        StringBuilder entities = new StringBuilder("<!ENTITY a0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            entities.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }

        assertThat(refused("<!DOCTYPE svg [" + entities + "]>" + OPEN + "<text>&a9;</text>" + CLOSE))
                .startsWith("bilder/bild.svg:1:").contains(": Fehler: Das SVG-Bild ist kein gültiges XML");
    }

    @Test
    void aFileThatIsNoXmlIsRefusedWithItsPosition() {
        assertThat(refused(OPEN + "\n<rect width=\"1\">\n" + CLOSE)).isEqualTo("bilder/bild.svg:3:3: Fehler: Das "
                + "SVG-Bild ist kein gültiges XML – Öffnen Sie es in einem Grafikprogramm und speichern Sie es erneut "
                + "als SVG.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"<html><body><script>alert(1)</script></body></html>",
            "<svg><script>alert(1)</script></svg>", "<svg xmlns=\"http://www.w3.org/1999/xhtml\"/>"})
    void aFileThatIsNoSvgIsRefused(String document) {
        assertThat(refused(document)).isEqualTo("bilder/bild.svg:1:1: Fehler: Die Datei ist kein SVG-Bild – Ihr "
                + "äußerstes Element muss „<svg xmlns=\"http://www.w3.org/2000/svg\">“ sein.");
    }

    /** The OWASP cases of the Markdown tests, each inside an SVG: nothing in the output runs or loads. */
    @ParameterizedTest
    @MethodSource("owaspInSvg")
    void owaspCasesInsideAnSvgLeaveNothingThatRuns(String svg) {
        List<Problem> problems = new ArrayList<>();

        Optional<String> sanitized = sanitize(svg, problems);

        sanitized.ifPresentOrElse(safe -> assertThat(dangerIn(safe)).isEmpty(),
                () -> assertThat(problems).anyMatch(Problem::isError));
    }

    static Stream<String> owaspInSvg() {
        return HostileMarkdown.OWASP.stream().filter(payload -> !payload.contains("\u0000"))
                .map(payload -> OPEN + payload + CLOSE);
    }

    private static Optional<String> sanitize(String svg, List<Problem> problems) {
        return SvgSanitizer.sanitize("bilder/bild.svg", svg.getBytes(StandardCharsets.UTF_8), problems)
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    private static String refused(String svg) {
        List<Problem> problems = new ArrayList<>();
        assertThat(sanitize(svg, problems)).isEmpty();
        assertThat(problems).hasSize(1);
        return problems.get(0).toString();
    }

    /**
     * The judge, independent of the sanitizer's lists: scripts and HTML, event handlers, references that leave
     * the image, CSS that loads, processing instructions and document types.
     */
    private static List<String> dangerIn(String svg) {
        Document document = Jsoup.parse(svg, "", Parser.xmlParser());
        List<String> found = new ArrayList<>();
        document.forEachNode(node -> {
            if (node instanceof XmlDeclaration declaration && !declaration.name().equals("xml")
                    || node instanceof DocumentType) {
                found.add(node.toString());
            }
        });
        for (Element element : document.getAllElements()) {
            String name = element.tagName().toLowerCase(Locale.ROOT);
            if (name.matches("(.*:)?(script|foreignobject|iframe|object|embed|animate|set|handler|html|body)")) {
                found.add("<" + name + ">");
            }
            if (name.equals("style") && LOADS.matcher(element.wholeText().toLowerCase(Locale.ROOT)).find()) {
                found.add("<style> " + element.wholeText());
            }
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
                boolean reference = key.equals("href") || key.endsWith(":href");
                boolean leaves = reference && !value.startsWith("#") && !value.startsWith("https://www.bmas.de")
                        && !value.startsWith("data:image/png;base64,") && !value.matches("/[^/\\\\].*");
                if (key.startsWith("on") || key.equals("xml:base") || leaves || LOADS.matcher(value).find()) {
                    found.add(name + "[" + key + "=" + attribute.getValue() + "]");
                }
            }
        }
        return found;
    }

    /** Element names with their attribute names, in document order: the structure of a drawing. */
    private static List<String> elementsAndAttributes(String svg) {
        return Jsoup.parse(svg, "", Parser.xmlParser()).getAllElements().stream().skip(1)
                .map(element -> element.tagName() + element.attributes().asList().stream().map(Attribute::getKey)
                        .filter(key -> !key.startsWith("xmlns")).sorted().toList())
                .toList();
    }
}
