package de.bmas.microsite.docs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * README.md and the documents under src/site/markdown link to each other, to files of the repository and to
 * headings; a renamed heading or a moved file must not leave a link that leads nowhere on GitHub.
 */
class DocumentationLinksTest {

    private static final Path SITE_DOCS = Path.of("src/site/markdown");

    static Stream<Path> documents() throws IOException {
        try (Stream<Path> files = Files.list(SITE_DOCS)) {
            return Stream.concat(Stream.of(Path.of("README.md")),
                    files.filter(file -> file.toString().endsWith(".md")).sorted().toList().stream());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void everyRelativeLinkAndAnchorLeadsSomewhere(Path document) {
        assertThat(new MarkdownLinks(Path.of("")).broken(document)).isEmpty();
    }

    @Test
    void theDocumentsByAudienceAreChecked() throws IOException {
        assertThat(documents().map(Path::toString)).contains("README.md", "src/site/markdown/redaktion.md",
                "src/site/markdown/operations.md", "src/site/markdown/development.md",
                "src/site/markdown/measurements.md");
    }

    /** init copies the editors' guide alone into a content folder, as its README.md. */
    @Test
    void theEditorsGuideNeedsNoOtherDocument(@TempDir Path contentFolder) throws IOException {
        Files.copy(SITE_DOCS.resolve("redaktion.md"), contentFolder.resolve("README.md"));

        assertThat(new MarkdownLinks(contentFolder).broken(Path.of("README.md"))).isEmpty();
    }

    @Test
    void findsMissingFilesAndAnchors(@TempDir Path repository) throws IOException {
        Files.createDirectories(repository.resolve("docs"));
        Files.writeString(repository.resolve("pom.xml"), "<project/>");
        Files.writeString(repository.resolve("docs/b.md"), """
                # Überschrift mit Umlauten!
                ## Gleich
                ## Gleich
                """);
        Files.writeString(repository.resolve("docs/a.md"), """
                # Start

                [fine](b.md#überschrift-mit-umlauten), [escaped](b.md#%C3%BCberschrift-mit-umlauten),
                [second of two](b.md#gleich-1), [own heading](#start), [up](../pom.xml), [root](/pom.xml),
                [elsewhere](https://example.invalid/gone), [mail](mailto:redaktion@example.org), <redaktion@example.org>.

                | table | with a link |
                |---|---|
                | x | [missing in a table](c.md) |

                [missing file](c.md), [missing anchor](b.md#ueberschrift-mit-umlauten),
                [third of two](b.md#gleich-2), [own missing](#ende), [above](../../pom.xml),
                ![missing image](bild.png), [by reference][ref], [odd](file:///etc/passwd)

                `[in code](nowhere.md)`

                [ref]: d.md
                """);

        List<String> broken = new MarkdownLinks(repository).broken(Path.of("docs/a.md")).stream()
                .map(MarkdownLinks.Broken::toString).toList();

        assertThat(broken).containsExactly(
                "docs/a.md:9: c.md (no such file)",
                "docs/a.md:11: c.md (no such file)",
                "docs/a.md:11: b.md#ueberschrift-mit-umlauten (no heading with this anchor)",
                "docs/a.md:12: b.md#gleich-2 (no heading with this anchor)",
                "docs/a.md:12: #ende (no heading with this anchor)",
                "docs/a.md:12: ../../pom.xml (outside the repository)",
                "docs/a.md:13: bild.png (no such file)",
                "docs/a.md:13: file:///etc/passwd (unknown scheme)",
                "docs/a.md:17: d.md (no such file)");
    }

    @Test
    void headingAnchorsFollowGitHub(@TempDir Path repository) throws IOException {
        Path document = repository.resolve("a.md");
        Files.writeString(document, """
                # Mozilla HTTP Observatory: 130 points, A+
                ## Die Veranstaltung: `content/veranstaltung.md`
                ## Vorschau – *sofort* aktualisiert
                ## Größe & Maße von [Bildern](https://example.invalid)
                ### snake_case and CamelCase
                #### Mozilla HTTP Observatory: 130 points, A+
                """);

        assertThat(new MarkdownLinks(repository).anchors(document)).containsExactlyInAnyOrder(
                "mozilla-http-observatory-130-points-a", "die-veranstaltung-contentveranstaltungmd",
                "vorschau--sofort-aktualisiert", "größe--maße-von-bildern", "snake_case-and-camelcase",
                "mozilla-http-observatory-130-points-a-1");
    }
}
