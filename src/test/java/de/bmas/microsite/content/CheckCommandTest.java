package de.bmas.microsite.content;

import de.bmas.microsite.testing.ContentFixture;
import de.bmas.microsite.testing.InProcess;
import de.bmas.microsite.testing.Jvm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code check} and start-up as editors run them: a real process in a working directory of its own, reading its
 * output and exit status.
 */
class CheckCommandTest {

    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @TempDir(factory = ContentFixture.InBuildDir.class)
    Path workDir;

    private ContentFixture content;

    @BeforeEach
    void copyMinimalContent() {
        content = ContentFixture.copyInto(workDir.resolve("inhalt"));
    }

    @Test
    void shippedContentHasNoErrorsButPlaceholdersThatFailAStrictCheck() throws Exception {
        InProcess.Result run = run(PROJECT, "check", "--strict", "--format=json");

        // the placeholders in the legal pages are warnings, which --strict, as a publishing pipeline runs it, fails on
        assertThat(run.status()).as(run.stderr()).isEqualTo(1);
        // stdout is the report alone, whatever Spring and the libraries print while the content loads
        JsonNode report = JsonMapper.builder().build().readTree(run.stdout());
        assertThat(report.get("errors").asInt()).isZero();
        assertThat(report.get("warnings").asInt()).isPositive();
        assertThat(run.stderr().lines()).contains("0 Fehler, " + report.get("warnings").asInt() + " Warnungen");
        assertThat(run.stderr()).contains("Prüfung nicht bestanden: Mit --strict zählt jede Warnung wie ein Fehler.");
    }

    @Test
    void reportsEveryErrorOfAnotherFolderRelativeToTheWorkingDirectoryAndExitsWith1() throws Exception {
        content.replace("sessions/erste-session.md", "title: Erste Session", "titel: Erste Session");
        content.replace("veranstaltung.md", "date: 2025-02-25", "date: 25.02.2025");
        Files.createDirectories(content.dir().resolve("sessions/ordner.md"));
        Files.createSymbolicLink(content.dir().resolve("bilder/geheim.svg"),
                Files.writeString(workDir.resolve("geheim.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"));

        InProcess.Result run = run(workDir, "check", "--microsite.content-dir=inhalt");

        assertThat(run.status()).isEqualTo(1);
        // ends with: a library may log a line of its own before Spring Boot has set up logging
        assertThat(run.stdout().lines()).endsWith(
                "inhalt/bilder/geheim.svg:1:1: Fehler: „geheim.svg“ zeigt auf eine Datei außerhalb des "
                        + "Inhaltsordners – Die Website liest nur, was im Inhaltsordner liegt; legen Sie die Datei "
                        + "selbst hierher, statt auf sie zu verweisen.",
                "inhalt/sessions/erste-session.md:2:1: Fehler: Unbekanntes Feld „titel“ – Meinten Sie „title“? "
                        + "Erlaubte Felder: draft, end, format, image, image_alt, language, people, quotes, room, "
                        + "stands, start, teaser, title, title_language, topics",
                "inhalt/sessions/ordner.md:1:1: Fehler: „ordner.md“ ist ein Ordner, keine Datei – An dieser Stelle "
                        + "wird eine Datei erwartet; benennen Sie den Ordner um oder entfernen Sie ihn.",
                "inhalt/veranstaltung.md:4:7: Fehler: „25.02.2025“ ist kein gültiges Datum – "
                        + "Erwartet wird JJJJ-MM-TT, z. B. 2025-02-25.",
                "inhalt/veranstaltung.md:1:1: Warnung: Verweise zwischen den Dateien, Links, Bildangaben und "
                        + "Uhrzeiten sind noch nicht geprüft – Diese Prüfungen und ihre Warnungen folgen, sobald "
                        + "„veranstaltung.md“ und „programm.md“ fehlerfrei sind.",
                "4 Fehler, 1 Warnung");
        assertThat(run.stderr()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void serverWithInvalidContentStopsWithTheReportAndNoStackTrace() throws Exception {
        content.replace("sessions/erste-session.md", "  - arbeit", "  - arbiet");
        Files.createDirectories(content.dir().resolve("sessions/ordner.md"));

        InProcess.Result run = run(workDir, "--microsite.content-dir=inhalt", "--server.port=0");

        assertThat(run.status()).isEqualTo(1);
        String output = run.stdout() + run.stderr();
        assertThat(output).contains("inhalt/sessions/erste-session.md:5:5: Fehler: Thema „arbiet“ gibt es nicht – "
                + "Meinten Sie „arbeit“? Bekannt: arbeit.");
        assertThat(output).contains("inhalt/sessions/ordner.md:1:1: Fehler: „ordner.md“ ist ein Ordner, keine Datei");
        assertThat(output).contains("2 Fehler, 0 Warnungen");
        assertThat(output).doesNotContain("\tat ");
    }

    private static InProcess.Result run(Path workingDir, String... args) throws IOException, InterruptedException {
        return Jvm.run(workingDir, Jvm.application(args));
    }
}
