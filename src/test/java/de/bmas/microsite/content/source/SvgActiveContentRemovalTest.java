package de.bmas.microsite.content.source;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.XmlDeclaration;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static de.bmas.microsite.content.source.SvgSanitizerFixture.CLOSE;
import static de.bmas.microsite.content.source.SvgSanitizerFixture.OPEN;
import static de.bmas.microsite.content.source.SvgSanitizerFixture.sanitize;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SVG images are documents that can run scripts: whatever runs, loads or embeds something when an SVG in
 * {@code bilder/} is opened is taken out, as an independent judge confirms, and editors are told what went.
 */
class SvgActiveContentRemovalTest {

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
}
