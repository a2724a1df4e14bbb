package de.bmas.microsite.site;

import de.bmas.microsite.content.model.SourcePosition;
import de.bmas.microsite.content.source.ContentReport;
import de.bmas.microsite.content.source.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the problems page and the preview bar show of a problem. */
class EditorTest {

    private static final String FILE = "content/veranstaltung.md";

    @Test
    void theMarkerStandsUnderTheColumnAlsoAfterTabs() {
        Editor.SourceProblem shown = source("\tdate: 25.02.2025", 8);

        assertThat(shown.source()).isEqualTo("\tdate: 25.02.2025");
        assertThat(shown.marker()).isEqualTo("\t      ^");
    }

    @Test
    void aLongLineIsShownAroundTheColumn() {
        String line = "a".repeat(500) + "FEHLER" + "b".repeat(500);

        Editor.SourceProblem shown = source(line, 501);

        assertThat(shown.source()).startsWith("…a").endsWith("b…").contains("FEHLER").hasSize(142);
        assertThat(shown.source().charAt(shown.marker().length() - 1)).isEqualTo('F');
    }

    @Test
    void aColumnBehindTheEndOfTheLineIsMarkedAtItsEnd() {
        Editor.SourceProblem shown = source("title:", 40);

        assertThat(shown.marker()).isEqualTo("      ^");
    }

    @Test
    void errorsComeWithTheirLineAndWarningsGroupedByFile() {
        ContentReport report = new ContentReport(List.of(
                Problem.warning(new SourcePosition("content/seiten/impressum.md", 9, 1), "Platzhalter im Text", "E."),
                Problem.warning(new SourcePosition("content/seiten/impressum.md", 10, 1), "Platzhalter im Text", "E."),
                Problem.warning(new SourcePosition("content/seiten/datenschutz.md", 3, 1), "Offener Punkt „TODO“", null),
                Problem.error(new SourcePosition(FILE, 4, 7), "„25.02.2025“ ist kein gültiges Datum", "JJJJ-MM-TT.")));

        Editor editor = Editor.of(report, Map.of(), "v1", (path, line) -> "date: 25.02.2025");

        assertThat(editor.errors()).singleElement().satisfies(error ->
                assertThat(error.marker()).isEqualTo("      ^"));
        assertThat(editor.warnings()).extracting(Editor.FileProblems::path)
                .containsExactly("content/seiten/datenschutz.md", "content/seiten/impressum.md");
        assertThat(editor.warnings().get(1).groups()).singleElement().satisfies(group ->
                assertThat(group.lines()).isEqualTo("Zeilen 9, 10"));
        assertThat(editor.warningCount()).isEqualTo(3);
        assertThat(editor.messagesGuide()).isEqualTo("/_vorschau/anleitung#meldungen-und-was-zu-tun-ist");
    }

    private static Editor.SourceProblem source(String line, int column) {
        return Editor.SourceProblem.of(Problem.error(new SourcePosition(FILE, 4, column), "Fehler", null),
                (path, number) -> line);
    }
}
