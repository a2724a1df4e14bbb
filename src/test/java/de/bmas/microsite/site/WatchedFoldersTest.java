package de.bmas.microsite.site;

import de.bmas.microsite.MicrositeProperties;
import de.bmas.microsite.testing.ContentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * What the watcher and the content version see: every change of a file, a content folder whose link a deployment
 * switches, and no change where the sources are the same.
 */
class WatchedFoldersTest {

    @TempDir
    Path dir;

    @Test
    void aSwitchedLinkIsAChangeAndTheSameSourcesInAnotherReleaseAreTheSameVersion() throws IOException {
        Path first = release("eins");
        Path second = release("zwei");
        Path link = Files.createSymbolicLink(dir.resolve("content"), first);
        WatchedFolders folders = watching(link);
        WatchedFolders.Stamp stamp = folders.stamp();
        String version = folders.version();

        switchLink(link, second);

        assertThat(folders.stamp().roots()).as("the link points elsewhere").isNotEqualTo(stamp.roots());
        assertThat(folders.version()).as("the same files").isEqualTo(version);
    }

    @Test
    void anEditedFileIsAChangeAndANewVersion() throws IOException {
        Path content = release("eins");
        WatchedFolders folders = watching(content);
        WatchedFolders.Stamp stamp = folders.stamp();
        String version = folders.version();

        Files.writeString(content.resolve("sessions/erste-session.md"), "\nNoch ein Satz.\n",
                java.nio.file.StandardOpenOption.APPEND);

        assertThat(folders.stamp()).isNotEqualTo(stamp);
        assertThat(folders.version()).isNotEqualTo(version).hasSize(16);
    }

    @Test
    void hiddenEntriesSuchAsAGitFolderAreNoChange() throws IOException {
        Path content = release("eins");
        WatchedFolders folders = watching(content);
        WatchedFolders.Stamp stamp = folders.stamp();
        String version = folders.version();

        Files.createDirectories(content.resolve(".git/objects"));
        Files.writeString(content.resolve(".git/objects/ab"), "ein Objekt");
        Files.writeString(content.resolve("sessions/.erste-session.md.swp"), "Sicherung des Editors");

        assertThat(folders.stamp()).isEqualTo(stamp);
        assertThat(folders.version()).isEqualTo(version);
    }

    @Test
    void aLinkInsideIsNotFollowedAndAPipeNotOpened() throws IOException, InterruptedException {
        Path content = release("eins");
        Files.createSymbolicLink(content.resolve("sessions/fremd.md"), Path.of("/etc/hostname"));
        Process mkfifo = new ProcessBuilder("mkfifo", content.resolve("sessions/rohr.md").toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        WatchedFolders folders = watching(content);

        // returns at all: reading the pipe would block until someone writes into it
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(30), folders::version)).hasSize(16);
        assertThat(folders.stamp().entries()).contains("sessions/fremd.md|l").contains("sessions/rohr.md|o");
    }

    @Test
    void aMissingFolderHasAVersionAndCountsAsChangedWhenItAppears() {
        Path content = dir.resolve("noch-nicht-da");
        WatchedFolders folders = watching(content);
        WatchedFolders.Stamp stamp = folders.stamp();

        ContentFixture.copyInto(content);

        assertThat(folders.stamp()).isNotEqualTo(stamp);
    }

    private Path release(String name) {
        return ContentFixture.copyInto(dir.resolve("releases").resolve(name)).dir();
    }

    /** Switches the link in one step, as {@code ln -s NEW tmp && mv -T tmp LINK} does. */
    private void switchLink(Path link, Path target) throws IOException {
        Path next = Files.createSymbolicLink(dir.resolve("content.next"), target);
        Files.move(next, link, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static WatchedFolders watching(Path content) {
        return new WatchedFolders(new MicrositeProperties(content, false, true, "", null, false, true, true), "");
    }
}
