package de.bmas.microsite.content.source;

import de.bmas.microsite.content.model.ContentImage;
import de.bmas.microsite.content.model.Doc;
import de.bmas.microsite.content.model.Snapshot;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Links in an untrusted content folder: a link out of it (to a page, an image, a required file or a folder), a broken
 * and a circular one each end as a German problem naming the link, never as a file from elsewhere; links within it
 * and the folder itself as a link are followed.
 */
class ContentFolderLinksTest extends ContentFolderFixture {

    @Test
    void aContentFileLinkedFromOutsideIsRefused() throws IOException {
        link("sessions/geheim.md", outside.resolve("geheim.md"));

        assertThat(errors()).containsExactly(content.path("sessions/geheim.md") + ":1:1: Fehler: „geheim.md“ zeigt "
                + "auf eine Datei außerhalb des Inhaltsordners – Die Website liest nur, was im Inhaltsordner liegt; "
                + "legen Sie die Datei selbst hierher, statt auf sie zu verweisen.");
    }

    @Test
    void anImageLinkedFromOutsideIsRefused() throws IOException {
        Path passwd = link("bilder/passwd.svg", Path.of("/etc/passwd"));
        link("bilder/geheim.svg", outside.resolve("geheim.svg"));

        List<String> errors = errors();
        // JUnit warns about links out of a temporary folder when it deletes them
        Files.delete(passwd);

        assertThat(errors).containsExactly(
                content.path("bilder/geheim.svg") + ":1:1: Fehler: „geheim.svg“ zeigt auf eine Datei außerhalb des "
                        + "Inhaltsordners – Die Website liest nur, was im Inhaltsordner liegt; legen Sie die Datei "
                        + "selbst hierher, statt auf sie zu verweisen.",
                content.path("bilder/passwd.svg") + ":1:1: Fehler: „passwd.svg“ zeigt auf eine Datei außerhalb des "
                        + "Inhaltsordners – Die Website liest nur, was im Inhaltsordner liegt; legen Sie die Datei "
                        + "selbst hierher, statt auf sie zu verweisen.");
    }

    @Test
    void aRequiredFileAndAFolderLinkedFromOutsideAreRefused() throws IOException {
        Path event = content.dir().resolve("veranstaltung.md");
        Files.move(event, outside.resolve("veranstaltung.md"));
        Files.createSymbolicLink(event, outside.resolve("veranstaltung.md"));
        Path themes = content.dir().resolve("themen");
        Files.move(themes, outside.resolve("themen"));
        Files.createSymbolicLink(themes, outside.resolve("themen"));

        List<String> errors = errors();

        assertThat(errors).contains(
                content.path("veranstaltung.md") + ":1:1: Fehler: „veranstaltung.md“ zeigt auf eine Datei außerhalb "
                        + "des Inhaltsordners – Die Website liest nur, was im Inhaltsordner liegt; legen Sie die "
                        + "Datei selbst hierher, statt auf sie zu verweisen.",
                content.path("themen") + ":1:1: Fehler: „themen“ zeigt auf einen Ordner außerhalb des "
                        + "Inhaltsordners – Die Website liest nur, was im Inhaltsordner liegt; legen Sie die Datei "
                        + "selbst hierher, statt auf sie zu verweisen.");
    }

    @Test
    void linksWithinTheContentFolderAreFollowed() throws IOException {
        link("sessions/dritte-session.md", Path.of("erste-session.md"));
        link("bilder/saal-kopie.png", Path.of("saal.png"));

        ContentLoader.Result result = loader.load(content.dir(), false);

        // the linked session is a session of its own, which the programme does not list, at its target's time and room
        assertThat(result.report().problems()).extracting(Problem::message).containsExactlyInAnyOrder(
                "Die Session „Erste Session“ steht in keinem Programmpunkt",
                "„Saal 1“ ist von 11:00 bis 12:00 Uhr doppelt belegt");
        Snapshot snapshot = Snapshots.published(result).orElseThrow();
        assertThat(snapshot.sessions()).extracting(Doc::slug).contains("dritte-session", "erste-session");
        assertThat(snapshot.images()).extracting(ContentImage::route).contains("/bilder/saal-kopie.png");
    }

    @Test
    void theContentFolderItselfMayBeALink() throws IOException {
        Path link = Files.createSymbolicLink(work.resolve("aktuell"), content.dir().toAbsolutePath());

        assertThat(Snapshots.published(loader.load(link, false))).isPresent();
    }

    @Test
    void brokenAndCircularLinksAreProblems() throws IOException {
        link("sessions/weg.md", Path.of("gibt-es-nicht.md"));
        link("sessions/kreis.md", Path.of("kreis.md"));

        assertThat(errors()).containsExactly(
                content.path("sessions/kreis.md") + ":1:1: Fehler: Die Verknüpfung „kreis.md“ lässt sich nicht "
                        + "auflösen – Sie zeigt im Kreis oder über zu viele Verknüpfungen; ersetzen Sie sie durch das "
                        + "Ziel selbst.",
                content.path("sessions/weg.md") + ":1:1: Fehler: Die Verknüpfung „weg.md“ zeigt auf ein Ziel, das es "
                        + "nicht gibt – Entfernen Sie die Verknüpfung oder legen Sie das Ziel an.");
    }
}
