package de.bmas.microsite.content.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static de.bmas.microsite.content.source.SvgSanitizerFixture.CLOSE;
import static de.bmas.microsite.content.source.SvgSanitizerFixture.OPEN;
import static de.bmas.microsite.content.source.SvgSanitizerFixture.sanitize;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an SVG's document type declares (external entities, entities that expand, attribute defaults) gets no
 * further than its own markup would, and a file that is no XML or no SVG is refused with its position.
 */
class SvgDocumentTypeAndRefusalTest {

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

    private static String refused(String svg) {
        List<Problem> problems = new ArrayList<>();
        assertThat(sanitize(svg, problems)).isEmpty();
        assertThat(problems).hasSize(1);
        return problems.get(0).toString();
    }
}
