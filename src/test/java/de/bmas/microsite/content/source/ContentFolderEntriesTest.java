package de.bmas.microsite.content.source;

import de.bmas.microsite.testing.Jvm;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Entries of the content folder that are not the readable file or folder expected where they stand (folders, files,
 * pipes and sockets in the wrong place, a file without read rights, a control character in a name): each ends as a
 * German problem naming the entry, and nothing blocks or breaks the report's lines.
 */
class ContentFolderEntriesTest extends ContentFolderFixture {

    /** The working directory of this test run, in which the processes run too. */
    private static final Path HERE = Path.of("").toAbsolutePath();

    @Test
    void aFolderNamedLikeAContentFileIsAProblemAndTheRestStillLoads() throws IOException {
        Files.createDirectories(content.dir().resolve("sessions/ordner.md"));
        Files.createDirectories(content.dir().resolve("bilder/foto.png"));
        content.replace("sessions/zweite-session.md", "title: Zweite Session", "titel: Zweite Session");

        List<String> errors = errors();

        assertThat(errors).hasSize(3).contains(
                content.path("sessions/ordner.md") + ":1:1: Fehler: „ordner.md“ ist ein Ordner, keine Datei – An "
                        + "dieser Stelle wird eine Datei erwartet; benennen Sie den Ordner um oder entfernen Sie ihn.",
                content.path("bilder/foto.png") + ":1:1: Fehler: „foto.png“ ist ein Ordner, keine Datei – An "
                        + "dieser Stelle wird eine Datei erwartet; benennen Sie den Ordner um oder entfernen Sie ihn.");
        assertThat(errors).anySatisfy(error -> assertThat(error).contains("Unbekanntes Feld „titel“"));
    }

    /** Its fields are each unknown where it stands; the warning says where all of them are known. */
    @Test
    void aFileInTheWrongFolderIsToldWhereItsFieldsBelong() {
        content.write("personen/erste-session.md", content.read("sessions/erste-session.md"));
        content.write("personen/arbeit.md", content.read("themen/arbeit.md"));

        assertThat(problems()).contains(
                content.path("personen/erste-session.md") + ":1:1: Warnung: Die Felder gehören zu einer Session – "
                        + "Gehört die Datei in den Ordner „sessions/“? Dort passen alle ihre Felder.",
                content.path("personen/arbeit.md") + ":1:1: Warnung: Die Felder gehören zu einem Thema – "
                        + "Gehört die Datei in den Ordner „themen/“? Dort passen alle ihre Felder.");
    }

    /** Windows' Explorer hides the second ending by default: the file looks right, and the hint says why it is not. */
    @Test
    void aFileWithASecondEndingIsNamedWithTheWayOut() {
        content.write("veranstaltung.md.txt", "---\n---\n");
        content.write("sessions/dritte-session.md.txt", "---\n---\n");

        assertThat(problems()).contains(
                content.path("veranstaltung.md.txt") + ":1:1: Warnung: Wird nicht verwendet – Entfernen Sie die "
                        + "Endung „.txt“ aus dem Namen „veranstaltung.md.txt“. Windows blendet sie oft aus: Im "
                        + "Explorer zeigt „Ansicht“ › „Dateinamenerweiterungen“ sie an.",
                content.path("sessions/dritte-session.md.txt") + ":1:1: Warnung: Datei wird nicht verwendet – "
                        + "Entfernen Sie die Endung „.txt“ aus dem Namen „dritte-session.md.txt“. Windows blendet "
                        + "sie oft aus: Im Explorer zeigt „Ansicht“ › „Dateinamenerweiterungen“ sie an.");
    }

    /** Its files would not be published: the editor is told where they belong. */
    @Test
    void aSubfolderIsNamedAsNotRead() throws IOException {
        Files.createDirectories(content.dir().resolve("sessions/2025"));
        Files.createDirectories(content.dir().resolve("bilder/2025"));

        assertThat(problems()).contains(
                content.path("sessions/2025") + ":1:1: Warnung: Der Unterordner „2025“ wird nicht gelesen – Die "
                        + "Dateien darin erscheinen nicht auf der Website. Legen Sie sie direkt in den Ordner "
                        + "„sessions“.",
                content.path("bilder/2025") + ":1:1: Warnung: Der Unterordner „2025“ wird nicht gelesen – Die "
                        + "Dateien darin erscheinen nicht auf der Website. Legen Sie sie direkt in den Ordner „bilder“.");
    }

    @Test
    void aRequiredFileThatIsAFolderIsAProblem() throws IOException {
        content.delete("programm.md");
        Files.createDirectories(content.dir().resolve("programm.md"));

        assertThat(errors()).containsExactly(content.path("programm.md") + ":1:1: Fehler: „programm.md“ ist ein "
                + "Ordner, keine Datei – An dieser Stelle wird eine Datei erwartet; benennen Sie den Ordner um oder "
                + "entfernen Sie ihn.");
    }

    @Test
    void aFileWhereAFolderBelongsIsAProblem() {
        content.delete("staende/infostand.md");
        try {
            Files.delete(content.dir().resolve("staende"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        content.write("staende", "kein Ordner");

        // the sessions' references to the stand are reported too: its file is not there to load
        assertThat(errors()).contains(content.path("staende") + ":1:1: Fehler: „staende“ ist kein Ordner – An "
                + "dieser Stelle wird ein Ordner erwartet; benennen Sie die Datei um oder entfernen Sie sie.")
                .allMatch(error -> error.contains("staende"));
    }

    /** A pipe would block a reader that opens it until someone writes to it: the loader must not open it. */
    @Test
    void aPipeOrASocketIsAProblemAndNothingWaits() throws Exception {
        Process mkfifo = new ProcessBuilder("mkfifo", content.dir().resolve("sessions/pipe.md").toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        try (ServerSocketChannel socket = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            socket.bind(UnixDomainSocketAddress.of(content.dir().resolve("bilder/socket.png")));

            List<String> errors = assertTimeoutPreemptively(Duration.ofSeconds(20), this::errors);

            assertThat(errors).containsExactly(
                    content.path("bilder/socket.png") + ":1:1: Fehler: „socket.png“ ist keine gewöhnliche Datei "
                            + "(sondern z. B. eine Pipe oder ein Socket) – Ersetzen Sie sie durch eine gewöhnliche "
                            + "Datei oder entfernen Sie sie.",
                    content.path("sessions/pipe.md") + ":1:1: Fehler: „pipe.md“ ist keine gewöhnliche Datei "
                            + "(sondern z. B. eine Pipe oder ein Socket) – Ersetzen Sie sie durch eine gewöhnliche "
                            + "Datei oder entfernen Sie sie.");
        }
    }

    /**
     * Root may read a file without read rights, and CI runs the tests as root: there {@code check} runs in a process
     * of its own from which setpriv has taken that right, as a server started by another user has it not. Skipped
     * only where even that cannot take it away (setpriv missing or not allowed to).
     */
    @Test
    void anUnreadableFileIsAProblem() throws Exception {
        Path file = content.dir().resolve("sessions/zweite-session.md");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        try {
            List<String> errors = Files.isReadable(file) ? errorsWithoutTheRightToReadEverything(file) : errors();

            assertThat(errors).containsExactly(content.path("sessions/zweite-session.md") + ":1:1: Fehler: "
                    + "„zweite-session.md“ kann nicht gelesen werden (keine Leserechte) – Geben Sie der Datei "
                    + "Leserechte, z. B. mit „chmod a+r“, oder entfernen Sie sie.");
        } finally {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** The errors {@code check} prints in a process without root's rights to read and search every file. */
    private List<String> errorsWithoutTheRightToReadEverything(Path file) throws Exception {
        // 0 only where setpriv runs, drops the rights and the file is then unreadable; setpriv's own failure is 1
        assumeTrue(exitStatus(withoutReadingEverything(List.of("test", "!", "-r", file.toString()))) == 0,
                "this user may read any file, and setpriv cannot take that right away");
        String report = Jvm.run(HERE, withoutReadingEverything(
                Jvm.application("check", "--microsite.content-dir=" + content.dir()))).stdout();
        assertThat(report).doesNotContain(SECRET);
        return report.lines().filter(line -> line.contains(": Fehler: ")).toList();
    }

    private static List<String> withoutReadingEverything(List<String> command) {
        List<String> dropped = new ArrayList<>(List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search",
                "--"));
        dropped.addAll(command);
        return dropped;
    }

    /** The command's exit status, -1 where it cannot start (no setpriv). */
    private static int exitStatus(List<String> command) throws InterruptedException {
        try {
            return Jvm.run(HERE, command).status();
        } catch (IOException e) {
            return -1;
        }
    }

    @Test
    void aFileNameWithAControlCharacterIsShownEscaped() {
        content.write("sessions/zeile\nneu.md", "---\ntitle: x\n---\n");

        assertThat(errors()).singleElement().asString()
                .startsWith(content.path("sessions") + "/zeile\\u000Aneu.md:1:1: Fehler: Der Dateiname „zeile")
                .doesNotContain("\n");
    }
}
