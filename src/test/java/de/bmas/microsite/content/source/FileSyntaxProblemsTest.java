package de.bmas.microsite.content.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mistakes in a file as a whole (encoding, the front-matter frame and the syntax inside it) and the report around them:
 * positions kept with Windows line endings, every problem at once. Editors are no developers, so each message names
 * the place and the fix and never says YAML.
 */
class FileSyntaxProblemsTest extends ContentProblemsFixture {

    @Test
    void minimalContentHasNoProblems() {
        ContentLoader.Result result = loader.load(dir, false);

        assertThat(result.report().problems()).isEmpty();
        assertThat(Snapshots.published(result)).isPresent();
    }

    @Test
    void yamlThatDoesNotParseBecauseOfAColonInTheText() {
        content.replace("sessions/zweite-session.md", "teaser: Die zweite Session des Testkongresses.",
                "teaser: Die zweite Session: ein Bericht.");

        assertThat(onlyError().toString()).isEqualTo(content.path("sessions/zweite-session.md")
                + ":6:27: Fehler: Doppelpunkt an einer Stelle, an der im Kopfbereich keiner stehen darf – Steht „: “ "
                + "im Text, gilt: Setzen Sie den ganzen Wert in gerade Anführungszeichen \", z. B. teaser: "
                + "\"Bericht: ein Tag voller Ideen\". Sonst prüfen Sie die Einrückung der Zeile.");
    }

    @Test
    void aValueInTypographicQuotesIsToldWhichQuotesCount() {
        content.replace("sessions/zweite-session.md", "teaser: Die zweite Session des Testkongresses.",
                "teaser: „Die zweite Session: ein Bericht“");

        assertThat(onlyError().toString()).isEqualTo(content.path("sessions/zweite-session.md")
                + ":6:9: Fehler: Der Wert beginnt mit einem typografischen Anführungszeichen „„“ – Im Kopfbereich "
                + "gelten nur gerade Anführungszeichen \": Schreiben Sie z. B. teaser: \"Rückblick: ein Tag voller "
                + "Ideen\". Typografische Anführungszeichen dürfen innerhalb stehen.");
    }

    /**
     * Unquoted, YAML reads a value's first character as syntax: „*Panel“ as a reference, which would show „Panel“,
     * „&a Panel“ and „!a Panel“ as a name or type, which would drop „a“; the others break the line.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {"*Panel | *", "*Panel Diskussion | *", "**Panel** | *",
            "* | *", "&anker Panel | &", "!wichtig Panel | !", "!!binary x | !", "> Ein Zitat | >", "`| Text` | `|`",
            "? Frage | ?", "- Panel | -", "{Panel | {", "[Panel | [", "[Panel, Diskussion | ["})
    void aValueStartingWithYamlSyntaxNeedsQuotes(String format, String character) {
        content.replace("sessions/zweite-session.md", "format: World Café", "format: " + format);

        assertThat(onlyError().toString()).isEqualTo(content.path("sessions/zweite-session.md")
                + ":3:9: Fehler: Ein Wert, der mit „" + character + "“ beginnt, braucht Anführungszeichen – Setzen "
                + "Sie den ganzen Wert in gerade Anführungszeichen \", z. B. teaser: \"Bericht: ein Tag voller "
                + "Ideen\".");
    }

    /** Without the programme nothing across files can be checked: the report says so instead of looking complete. */
    @Test
    void aBrokenProgrammeLeavesTheChecksAcrossFilesForLaterAndSaysSo() {
        content.replace("programm.md", "title: Programm", "titel: Programm");
        content.replace("sessions/zweite-session.md", "  - arbeit", "  - gibt-es-nicht");

        ContentReport report = loader.load(dir, false).report();

        assertThat(report.errors()).singleElement().asString().startsWith(content.path("programm.md")
                + ":2:1: Fehler: Unbekanntes Feld „titel“");
        assertThat(report.problems()).filteredOn(problem -> !problem.isError()).extracting(Problem::toString)
                .containsExactly(content.path("programm.md") + ":1:1: Warnung: Verweise zwischen den Dateien, Links, "
                        + "Bildangaben und Uhrzeiten sind noch nicht geprüft – Diese Prüfungen und ihre Warnungen folgen, "
                        + "sobald „veranstaltung.md“ und „programm.md“ fehlerfrei sind.");
    }

    @Test
    void noMessageToEditorsSaysYaml() {
        content.replace("veranstaltung.md", "  city: Berlin", " city: Berlin");
        content.replace("sessions/zweite-session.md", "teaser: Die zweite Session des Testkongresses.",
                "teaser: Die zweite Session: ein Bericht.");
        content.replace("sessions/erste-session.md", "room: Saal 1", "room: [Saal 1");

        assertThat(loader.load(dir, false).report().errors()).hasSize(3)
                .allSatisfy(error -> assertThat(error.text()).doesNotContainIgnoringCase("yaml"));
    }

    /** A valid [list] on a line that breaks before it is not what the message blames. */
    @Test
    void aListOnAnOverIndentedLineIsNotBlamed() {
        content.replace("sessions/zweite-session.md", "format: World Café", "format: World Café\n room: [Saal 2]");

        assertThat(onlyError().message()).isEqualTo("Doppelpunkt an einer Stelle, an der im Kopfbereich keiner "
                + "stehen darf");
    }

    @Test
    void yamlThatDoesNotParseBecauseAQuoteIsNotClosed() {
        content.replace("sessions/erste-session.md", "room: Saal 1", "room: \"Saal 1");

        assertThat(onlyError().toString()).startsWith(content.path("sessions/erste-session.md")
                + ":8:7: Fehler: Das Anführungszeichen wird nicht geschlossen");
    }

    @Test
    void yamlThatDoesNotParseBecauseOfTheIndentation() {
        content.replace("veranstaltung.md", "  city: Berlin", " city: Berlin");

        assertThat(onlyError().toString()).isEqualTo(content.path("veranstaltung.md")
                + ":11:2: Fehler: Einrückung oder Form der Zeile passt nicht zu den Zeilen davor – Felder eines Blocks "
                + "und Einträge einer Liste stehen gleich weit eingerückt.");
    }

    @Test
    void textAfterAQuotedValueIsNamedAsSuch() {
        content.replace("sessions/zweite-session.md", "format: World Café", "format: \"World\" Café");

        assertThat(onlyError().toString()).isEqualTo(content.path("sessions/zweite-session.md")
                + ":3:17: Fehler: Nach dem schließenden Anführungszeichen geht der Text weiter – Anführungszeichen "
                + "stehen nur um den ganzen Wert. Für Anführungszeichen im Text nehmen Sie deutsche („…“), oder Sie "
                + "setzen den ganzen Wert in einfache: „format: '\"World\" Café'“.");
    }

    @Test
    void fieldWrittenTwice() {
        content.replace("sessions/zweite-session.md", "format: World Café", "format: World Café\ntitle: Noch mal");

        assertThat(onlyError().toString()).isEqualTo(content.path("sessions/zweite-session.md")
                + ":4:1: Fehler: Das Feld „title“ steht doppelt im Kopfbereich – Löschen Sie eine der beiden Zeilen. "
                + "Gehört eine davon zu einem Block (etwa „name“ unter „venue:“), rücken Sie sie stattdessen dort "
                + "ein.");
    }

    @Test
    void frontMatterThatIsNotAListOfFields() {
        content.write("themen/arbeit.md", "---\nNur ein Satz.\n---\nText.\n");

        assertThat(onlyError().toString()).isEqualTo(content.path("themen/arbeit.md")
                + ":2:1: Fehler: Der Kopfbereich besteht nicht aus Feldern – "
                + "Jede Zeile hat die Form „feld: Wert“, z. B. title: Programm.");
    }

    @Test
    void controlCharacterPastedIntoTheText() {
        content.replace("sessions/erste-session.md", "room: Saal 1", "room: Saal\u000B1");

        assertThat(onlyError().toString()).isEqualTo(content.path("sessions/erste-session.md")
                + ":8:11: Fehler: Unsichtbares Steuerzeichen im Text – Löschen Sie die Stelle und tippen Sie sie neu; "
                + "solche Zeichen entstehen oft beim Kopieren.");
    }

    @Test
    void controlCharacterWrittenAsYamlEscape() {
        content.replace("sessions/erste-session.md", "room: Saal 1", "room: \"Saal\\x181\"");

        assertThat(onlyError().toString()).startsWith(content.path("sessions/erste-session.md")
                + ":8:7: Fehler: Unsichtbares Steuerzeichen im Text");
    }

    @Test
    void frontMatterMissing() {
        content.write("themen/arbeit.md", "title: Arbeit\nteaser: Ohne Kopfbereich.\n");

        assertThat(onlyError().toString()).startsWith(content.path("themen/arbeit.md")
                + ":1:1: Fehler: Der Kopfbereich (Front Matter) fehlt – Die erste Zeile muss „---“ sein");
    }

    @Test
    void frontMatterNotClosed() {
        content.write("themen/arbeit.md", "---\ntitle: Arbeit\nteaser: Nie geschlossen.\n\nText.\n");

        assertThat(onlyError().toString()).startsWith(content.path("themen/arbeit.md")
                + ":1:1: Fehler: Der Kopfbereich (Front Matter) wird nicht geschlossen");
    }

    @Test
    void fileNotUtf8() {
        content.write("themen/arbeit.md", "---\ntitle: Arbeit\nteaser: Sessions für Arbeit.\n---\nText.\n"
                .getBytes(StandardCharsets.ISO_8859_1));

        assertThat(onlyError().toString()).isEqualTo(content.path("themen/arbeit.md")
                + ":3:19: Fehler: Die Datei ist nicht UTF-8-kodiert – "
                + "Speichern Sie die Datei im Editor mit der Kodierung „UTF-8“.");
    }

    /** Each file is held in memory: one far larger than any report is refused before it is read. */
    @Test
    void aTextFileTooLargeForAReportIsAnError() {
        content.write("sessions/riesig.md", "---\ntitle: x\n---\n" + "Text. ".repeat(400_000));

        assertThat(onlyError().toString()).isEqualTo(content.path("sessions/riesig.md") + ":1:1: Fehler: "
                + "„riesig.md“ ist zu groß (2,4 MB; höchstens 2,0 MB) – Eine Textdatei dieser Größe ist kein Bericht "
                + "mehr: Teilen Sie den Text auf mehrere Dateien auf.");
    }

    @Test
    void emptyFile() {
        content.write("themen/arbeit.md", "");

        assertThat(onlyError().toString()).startsWith(content.path("themen/arbeit.md")
                + ":1:1: Fehler: Die Datei ist leer");
    }

    @Test
    void windowsLineEndingsKeepPositions() {
        content.write("sessions/zweite-session.md", content.read("sessions/zweite-session.md")
                .replace("format: World Café", "format: World Café\nroom: [Saal 2] oben")
                .replace("Ein kurzer Bericht.", "Ein kurzer Bericht. TODO")
                .replace("\n", "\r\n"));

        assertThat(loader.load(dir, false).report().problems()).extracting(Problem::location).containsExactly(
                content.path("sessions/zweite-session.md") + ":4:7",
                content.path("sessions/zweite-session.md") + ":11:21");
    }

    @Test
    void everyProblemIsReportedAtOnceInFileOrder() {
        content.replace("sessions/erste-session.md", "title: Erste Session", "titel: Erste Session");
        content.replace("veranstaltung.md", "date: 2025-02-25", "date: 25.02.2025");
        content.write("themen/arbeit.md", "");

        assertThat(loader.load(dir, false).report().errors()).extracting(Problem::location).containsExactly(
                content.path("sessions/erste-session.md") + ":2:1",
                content.path("themen/arbeit.md") + ":1:1",
                content.path("veranstaltung.md") + ":4:7");
    }
}
