package de.bmas.microsite.content.source;

import de.bmas.microsite.testing.ContentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file, link or folder switched for a link between {@link ContentFiles}' check and its read, on the {@code openat}
 * path and on the by-path one of platforms without it: the read refuses or reads what was checked, never the secret.
 */
class ContentFolderLinkSwitchTest extends ContentFolderFixture {

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
            Optional<byte[]> read = files.read(file, Long.MAX_VALUE, "", problems);
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

}
