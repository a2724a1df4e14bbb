package de.bmas.microsite.content.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Blanks in the front matter that look right on screen and are not: tabs, non-breaking spaces, a colon without the
 * blank after it. Each message names the line and what to type instead.
 */
class FrontMatterBlanksTest extends ContentProblemsFixture {

    @Test
    void yamlThatDoesNotParseBecauseOfATab() {
        content.replace("sessions/erste-session.md", "  - ben-muster", "\t- ben-muster");

        assertThat(onlyError().toString()).isEqualTo(content.path("sessions/erste-session.md")
                + ":11:1: Fehler: Tabulator in der Einrückung – Rücken Sie nur mit Leerzeichen ein.");
    }

    @Test
    void aTabAfterTheColonIsNoIndentation() {
        content.replace("sessions/erste-session.md", "room: Saal 1", "room:\tSaal 1");

        assertThat(onlyError().toString()).isEqualTo(content.path("sessions/erste-session.md")
                + ":8:6: Fehler: Tabulator nach „room:“ – Schreiben Sie statt des Tabulators ein Leerzeichen: "
                + "„room: Saal 1“.");
    }

    /**
     * Both look right on screen (NBSP: a non-breaking space); „Nach dem Feldnamen fehlt der Doppelpunkt“ sent the
     * editor looking for a colon.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "format: World Café | format:World Café | 3:8 | Nach „format:“ fehlt ein Leerzeichen – Schreiben Sie "
                    + "„format: World Café“.",
            // on the first line, the parser reads the whole line as text and stumbles over the next line's colon
            "title: Zweite Session | title:Zweite Session | 2:7 | Nach „title:“ fehlt ein Leerzeichen – Schreiben Sie "
                    + "„title: Zweite Session“.",
            "format: World Café | format:NBSPWorld Café    | 3:8 | Nach „format:“ steht ein geschütztes Leerzeichen – "
                    + "Es sieht aus wie ein Leerzeichen, stammt aber meist aus einer kopierten Webseite: Löschen Sie "
                    + "es und tippen Sie ein Leerzeichen mit der Leertaste, „format: World Café“.",
            "'  - arbeit' | NBSPNBSP- arbeit | 5:1 | Die Zeile ist mit geschützten Leerzeichen eingerückt – "
                    + "Sie sehen aus wie Leerzeichen, stammen aber meist aus einer kopierten Webseite: Löschen Sie "
                    + "die Einrückung und rücken Sie mit der Leertaste ein."})
    void aLineThatLooksRightButIsNotSaysWhy(String line, String written, String at, String message) {
        content.replace("sessions/zweite-session.md", line, written.replace("NBSP", "\u00A0"));

        assertThat(onlyError().toString()).isEqualTo(content.path("sessions/zweite-session.md") + ":" + at
                + ": Fehler: " + message);
    }

    @Test
    void aBlocksFieldWithoutIndentationIsSaidToBelongUnderTheBlock() {
        content.replace("veranstaltung.md", "  city: Berlin", "city: Berlin");

        assertThat(onlyError().toString()).isEqualTo(content.path("veranstaltung.md")
                + ":11:1: Fehler: Das Feld „city“ gehört unter „venue“ – Rücken Sie die Zeile so weit ein wie die "
                + "anderen Felder unter „venue“, mit Leerzeichen, und stellen Sie sie zu ihnen.");
    }

    @Test
    void everyFieldOfABlockWithoutIndentationIsSaidToBelongUnderTheBlockRequiredOrNot() {
        content.replace("veranstaltung.md", "  postcode: \"10115\"\n  city: Berlin",
                "postcode: \"10115\"\ncity: Berlin");

        assertThat(loader.load(dir, false).report().errors()).extracting(Problem::message).containsExactly(
                "Das Feld „postcode“ gehört unter „venue“", "Das Feld „city“ gehört unter „venue“");
    }

    @Test
    void aListEntryWithoutTheBlankAfterItsDashIsSaidToLackIt() {
        content.replace("staende/infostand.md", "  - Team des Testprogramms", "  -Team des Testprogramms");

        assertThat(onlyError().toString()).isEqualTo(content.path("staende/infostand.md") + ":6:3: Fehler: "
                + "Nach dem „-“ des Listeneintrags fehlt ein Leerzeichen – Schreiben Sie jeden Eintrag in eine eigene "
                + "Zeile, mit „- “ davor, z. B. „- Team des Testprogramms“.");
    }
}
