package de.bmas.microsite.content.source;

import de.bmas.microsite.content.model.ContentImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Images in the text and in the front matter: missing files, missing alternative text, images from other websites
 * or written as HTML, and SVG files. The site loads nothing from other hosts, every image needs a text alternative,
 * and an SVG is published only without what could run in it.
 */
class ImageProblemsTest extends ContentProblemsFixture {

    /** A photo straight from the camera is refused before it is read, so the preview keeps running. */
    @Test
    void anImageTooLargeForAWebPageIsAnError() {
        content.write("bilder/foto.jpg", new byte[12_000_000]);

        assertThat(onlyError().toString()).isEqualTo(content.path("bilder/foto.jpg") + ":1:1: Fehler: „foto.jpg“ "
                + "ist zu groß (12,0 MB; höchstens 10,0 MB) – Verkleinern Sie das Bild, etwa auf 2.000 Pixel Breite: "
                + "Für eine Webseite genügen meist wenige hundert KB, und Besucherinnen und Besucher am Handy laden "
                + "es schneller.");
    }

    /** A browser shows a broken image for a file whose bytes are not the format its name says. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "foto.jpg  | text | „foto.jpg“ ist kein JPEG-Bild – Speichern Sie das Bild mit einem Bildprogramm neu als "
                    + "JPEG.",
            "foto.webp | png  | „foto.webp“ ist kein WebP-Bild, sondern ein PNG-Bild – Geben Sie der Datei die Endung, "
                    + "die zu ihrem Format passt, und passen Sie die Verweise an.",
            "foto.avif | heic | „foto.avif“ ist kein AVIF-Bild, sondern ein HEIC-Bild – Speichern Sie das Bild mit "
                    + "einem Bildprogramm neu als AVIF."})
    void anImageWhoseBytesAreAnotherFormatIsAnError(String name, String kind, String message) {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
        byte[] heic = {0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0};
        content.write("bilder/" + name, switch (kind) {
            case "png" -> png;
            case "heic" -> heic;
            default -> "Kein Bild.".getBytes(StandardCharsets.UTF_8);
        });

        assertThat(onlyError().toString()).isEqualTo(content.path("bilder/" + name) + ":1:1: Fehler: " + message);
    }

    /** The image is there: pages that show it get no error of their own („gibt es nicht“ would be false). */
    @Test
    void aReferencedImageWithAnErrorIsReportedOnceAtTheImage() {
        content.write("bilder/saal.png", "Kein Bild.".getBytes(StandardCharsets.UTF_8));

        assertThat(onlyError().toString()).startsWith(content.path("bilder/saal.png")
                + ":1:1: Fehler: „saal.png“ ist kein PNG-Bild");
    }

    @Test
    void imageInTheTextThatDoesNotExist() {
        content.replace("sessions/erste-session.md", "(/bilder/saal.png)", "(/bilder/buehne.png)");

        assertThat(onlyError().toString()).startsWith(content.path("sessions/erste-session.md")
                + ":23:1: Fehler: Das Bild „/bilder/buehne.png“ gibt es nicht");
    }

    @Test
    void imageInTheFrontMatterThatDoesNotExist() {
        content.replace("veranstaltung.md", "image: /bilder/saal.png", "image: /bilder/saal.jpg");

        assertThat(onlyError().toString()).startsWith(content.path("veranstaltung.md")
                + ":18:8: Fehler: Das Bild „/bilder/saal.jpg“ gibt es nicht");
    }

    /** Written as a path in the folder or with another case, the image meant is suggested. */
    @ParameterizedTest
    @ValueSource(strings = {"bilder/saal.png", "../bilder/saal.png", "/bilder/Saal.PNG"})
    void anImageMeantIsSuggested(String written) {
        content.replace("veranstaltung.md", "image: /bilder/saal.png", "image: " + written);

        assertThat(onlyError().toString()).isEqualTo(content.path("veranstaltung.md") + ":18:8: Fehler: Das Bild „"
                + written + "“ gibt es nicht – Meinten Sie „/bilder/saal.png“? Die Adresse "
                + "eines Bildes beginnt mit „/“ und ist genau so geschrieben wie der Dateiname.");
    }

    @Test
    void imageWithoutAltTextInTheText() {
        content.replace("sessions/erste-session.md", "![Die Bühne der ersten Session]", "Bild: ![]");

        assertThat(onlyError().toString()).startsWith(content.path("sessions/erste-session.md")
                + ":23:7: Fehler: Bild ohne Alternativtext");
    }

    @Test
    void imageWithoutAltTextInTheFrontMatter() {
        content.replace("veranstaltung.md", "image_alt: Ein voll besetzter Saal\n", "");

        assertThat(onlyError().toString()).startsWith(content.path("veranstaltung.md")
                + ":18:8: Fehler: Bild ohne Alternativtext – Beschreiben Sie das Bild im Feld „image_alt“.");
    }

    @Test
    void imageFromAnotherWebsite() {
        content.replace("sessions/erste-session.md", "(/bilder/saal.png)", "(https://tracker.example/pixel.gif)");

        assertThat(onlyError().toString()).isEqualTo(content.path("sessions/erste-session.md")
                + ":23:1: Fehler: Das Bild „https://tracker.example/pixel.gif“ liegt auf einer anderen Website – "
                + "Die Website lädt nichts von anderen Servern. Speichern Sie das Bild im Ordner „bilder“ und "
                + "binden Sie es als /bilder/datei.jpg ein.");
    }

    @Test
    void imageFromAnotherWebsiteInTheFrontMatter() {
        content.replace("veranstaltung.md", "image: /bilder/saal.png", "image: //tracker.example/pixel.gif");

        assertThat(onlyError().toString()).startsWith(content.path("veranstaltung.md")
                + ":18:8: Fehler: Das Bild „//tracker.example/pixel.gif“ liegt auf einer anderen Website");
    }

    @Test
    void imageByReferenceIsCheckedLikeAnInlineImage() {
        content.replace("sessions/erste-session.md", "![Die Bühne der ersten Session](/bilder/saal.png)",
                "Vorher ![][pixel]\n\n[pixel]: https://tracker.example/pixel.gif");

        assertThat(errors()).containsExactly(
                content.path("sessions/erste-session.md") + ":23:8: Fehler: Bild ohne Alternativtext – Beschreiben "
                        + "Sie das Bild in den eckigen Klammern: ![Beschreibung](/bilder/datei.jpg)",
                content.path("sessions/erste-session.md") + ":23:8: Fehler: Das Bild "
                        + "„https://tracker.example/pixel.gif“ liegt auf einer anderen Website – Die Website lädt "
                        + "nichts von anderen Servern. Speichern Sie das Bild im Ordner „bilder“ und binden Sie es "
                        + "als /bilder/datei.jpg ein.");
    }

    /** The snapshot holds the sanitized SVG: that is what the server sends and the export writes. */
    @ParameterizedTest
    @CsvSource({"Foto 1.PNG, foto-1.png", "Bühne_groß.jpeg, buehne-gross.jpeg"})
    void imageNameThatIsNoAddressGetsOneSuggested(String name, String suggested) {
        content.write("bilder/" + name, "ein Foto");

        assertThat(onlyError().toString()).isEqualTo(content.path("bilder/" + name) + ":1:1: Fehler: Der Bildname „"
                + name + "“ ist nicht erlaubt – Erlaubt sind Kleinbuchstaben a–z, Ziffern, Bindestriche und die "
                + "Endungen .jpg, .jpeg, .png, .webp, .svg, .avif, z. B. „" + suggested + "“.");
    }

    @Test
    void imageOfAFormatBrowsersDoNotShowGetsNoNameSuggested() {
        content.write("bilder/foto.heic", "ein Foto");

        assertThat(onlyError().hint()).isEqualTo("Erlaubt sind Kleinbuchstaben a–z, Ziffern, Bindestriche und die "
                + "Endungen .jpg, .jpeg, .png, .webp, .svg, .avif.");
    }

    @Test
    void svgImageIsPublishedWithoutItsScript() {
        content.write("bilder/plan.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<rect width=\"1\" "
                + "height=\"1\"/>\n<script>alert(document.domain)</script>\n</svg>\n");

        ContentLoader.Result result = loader.load(dir, false);

        assertThat(result.report().problems()).extracting(Problem::toString).containsExactly(content.path(
                "bilder/plan.svg") + ":3:9: Warnung: Aus dem SVG-Bild wurde entfernt, was die Website nicht "
                + "veröffentlicht: <script> – Skripte, Ereignis-Attribute, Animationen, eingebettete fremde Inhalte "
                + "und Verweise auf andere Websites werden entfernt; veröffentlicht wird das Bild ohne sie. "
                + "Exportieren Sie es als einfaches SVG („Normales SVG“), dann entfällt die Warnung.");
        ContentImage plan = Snapshots.published(result).orElseThrow().images().stream()
                .filter(image -> image.route().equals("/bilder/plan.svg")).findFirst().orElseThrow();
        assertThat(new String(plan.bytes(), StandardCharsets.UTF_8)).contains("<rect").doesNotContain("script");
    }

    @Test
    void svgImageThatIsNoXmlIsAnError() {
        content.write("bilder/plan.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect></svg>");

        assertThat(onlyError().toString()).isEqualTo(content.path("bilder/plan.svg") + ":1:49: Fehler: Das SVG-Bild "
                + "ist kein gültiges XML – Öffnen Sie es in einem Grafikprogramm und speichern Sie es erneut als SVG.");
    }

    /** Raw HTML images are refused with a hint to Markdown, whatever their address and description. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<img src=\"/bilder/saal.png\" alt=\"Der Saal\"> | 1",
            "<IMG SRC=\"https://t.example/p.gif\">           | 1",
            "<p>Text <img src=x></p>                          | 9"})
    void imageWrittenAsHtml(String html, int column) {
        content.replace("themen/arbeit.md", "Worum es beim Thema Arbeit ging.", "Worum es ging.\n\n" + html);

        assertThat(errors()).containsExactly(
                content.path("themen/arbeit.md") + ":7:" + column + ": Fehler: Bild als HTML („<img>“) – Binden "
                        + "Sie Bilder mit Markdown ein: ![Beschreibung](/bilder/datei.jpg). Nur so wird geprüft, "
                        + "dass es das Bild gibt und dass es einen Alternativtext hat.");
    }
}
