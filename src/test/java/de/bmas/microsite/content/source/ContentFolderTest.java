package de.bmas.microsite.content.source;

import de.bmas.microsite.content.model.ContentImage;
import de.bmas.microsite.content.model.Doc;
import de.bmas.microsite.content.model.Snapshot;
import de.bmas.microsite.testing.ContentFixture;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The content folder is untrusted input: links out of it, folders and special files where files belong, and links
 * switched while the loader reads. Each case must end as a German problem naming the entry, never as a stack trace
 * or as a published file from elsewhere on the machine.
 */
class ContentFolderTest {

    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
    private static final String SECRET = "GEHEIM-4711";

    private final ContentLoader loader =
            new ContentLoader(new FrontMatterBinder(VALIDATION.getValidator()), new MarkdownRenderer());

    @TempDir(factory = ContentFixture.InBuildDir.class)
    Path work;

    private ContentFixture content;
    private Path outside;

    @BeforeEach
    void copyMinimalContent() throws IOException {
        content = ContentFixture.copyInto(work.resolve("content"));
        outside = Files.createDirectories(work.resolve("anderswo"));
        Files.writeString(outside.resolve("geheim.md"), "---\ntitle: " + SECRET + "\n---\n" + SECRET + "\n");
        Files.writeString(outside.resolve("geheim.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>"
                + SECRET + "</title></svg>");
    }

    @AfterAll
    static void closeValidation() {
        VALIDATION.close();
    }

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

        assertThat(result.report().problems()).isEmpty();
        Snapshot snapshot = result.snapshot().orElseThrow();
        assertThat(snapshot.sessions()).extracting(Doc::slug).contains("dritte-session", "erste-session");
        assertThat(snapshot.images()).extracting(ContentImage::route).contains("/bilder/saal-kopie.png");
    }

    @Test
    void theContentFolderItselfMayBeALink() throws IOException {
        Path link = Files.createSymbolicLink(work.resolve("aktuell"), content.dir().toAbsolutePath());

        assertThat(loader.load(link, false).snapshot()).isPresent();
    }

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

    /** Skipped where the tests run with the right to read everything (root with its usual capabilities). */
    @Test
    void anUnreadableFileIsAProblem() throws IOException {
        Path file = content.dir().resolve("sessions/zweite-session.md");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(file), "this user may read any file");

            assertThat(errors()).containsExactly(content.path("sessions/zweite-session.md") + ":1:1: Fehler: "
                    + "„zweite-session.md“ kann nicht gelesen werden (keine Leserechte) – Geben Sie der Datei "
                    + "Leserechte, z. B. mit „chmod a+r“, oder entfernen Sie sie.");
        } finally {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
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

    @Test
    void aFileNameWithAControlCharacterIsShownEscaped() {
        content.write("sessions/zeile\nneu.md", "---\ntitle: x\n---\n");

        assertThat(errors()).singleElement().asString()
                .startsWith(content.path("sessions") + "/zeile\\u000Aneu.md:1:1: Fehler: Der Dateiname „zeile")
                .doesNotContain("\n");
    }

    // --- a link switched between the check and the read

    /** The file is swapped for a link to a secret after it was checked: the read refuses the link. */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aFileSwappedForALinkAfterTheCheckIsNotFollowed(boolean secure) {
        Path file = content.dir().resolve("sessions/erste-session.md");

        Read read = readSwitching(file, secure, checked -> replaceWithLink(checked, outside.resolve("geheim.md")));

        assertThat(read.content()).isEmpty();
        assertThat(read.problems()).singleElement().asString().startsWith(content.path("sessions/erste-session.md")
                + ":1:1: Fehler: „erste-session.md“ hat sich beim Lesen verändert oder kann nicht gelesen werden");
    }

    /** A link inside the folder is switched to a secret after it was resolved: the resolved file is read. */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aLinkSwitchedAfterTheCheckIsNotFollowed(boolean secure) throws IOException {
        Path link = link("sessions/kopie.md", Path.of("erste-session.md"));

        Read read = readSwitching(link, secure, checked -> replaceWithLink(checked, outside.resolve("geheim.md")));

        assertThat(read.problems()).isEmpty();
        assertThat(new String(read.content().orElseThrow(), StandardCharsets.UTF_8))
                .isEqualTo(content.read("sessions/erste-session.md")).doesNotContain(SECRET);
    }

    /** A folder on the way is swapped for a link: every step refuses links where the platform can open relative. */
    @Test
    void aFolderSwappedForALinkAfterTheCheckIsNotFollowed() throws IOException {
        Files.copy(outside.resolve("geheim.md"), Files.createDirectories(outside.resolve("sessions"))
                .resolve("erste-session.md"));
        Path file = content.dir().resolve("sessions/erste-session.md");

        Read read = readSwitching(file, true, checked -> replaceWithLink(checked.getParent(),
                outside.resolve("sessions")));

        assertThat(read.content()).isEmpty();
        assertThat(read.problems()).singleElement().asString().contains("hat sich beim Lesen verändert");
    }

    /** The content folder is resolved once: switching a link to it during a load does not move the load. */
    @Test
    void theContentFolderIsResolvedOncePerLoad() throws IOException {
        Path other = Files.createDirectories(work.resolve("andere"));
        ContentFixture.copyTree(content.dir(), other);
        Files.writeString(other.resolve("sessions/erste-session.md"), "---\ntitle: " + SECRET + "\n---\n");
        Path current = Files.createSymbolicLink(work.resolve("aktuell"), content.dir().toAbsolutePath());

        Read read = readSwitching(current.resolve("sessions/erste-session.md"), true,
                checked -> replaceWithLink(current, other.toAbsolutePath()));

        assertThat(new String(read.content().orElseThrow(), StandardCharsets.UTF_8)).doesNotContain(SECRET);
    }

    private record Read(Optional<byte[]> content, List<String> problems) {
    }

    private Read readSwitching(Path file, boolean secure, Consumer<Path> switchAfterCheck) {
        Path dir = file.getParent().getParent();
        List<Problem> problems = new ArrayList<>();
        try (ContentFiles files = ContentFiles.open(dir, secure, switchAfterCheck, problems).orElseThrow()) {
            Optional<byte[]> read = files.read(file, problems);
            return new Read(read, problems.stream().map(Problem::toString).toList());
        }
    }

    private static void replaceWithLink(Path path, Path target) {
        try {
            Files.move(path, path.resolveSibling(path.getFileName() + ".alt"));
            Files.createSymbolicLink(path, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path link(String file, Path target) throws IOException {
        return Files.createSymbolicLink(content.dir().resolve(file), target);
    }

    private List<String> errors() {
        ContentLoader.Result result = loader.load(content.dir(), false);
        assertThat(result.snapshot()).isEmpty();
        List<String> errors = result.report().errors().stream().map(Problem::toString).toList();
        assertThat(errors).noneMatch(error -> error.contains(SECRET));
        return errors;
    }
}
