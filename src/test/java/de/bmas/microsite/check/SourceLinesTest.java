package de.bmas.microsite.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The offending line for a GitLab fingerprint, read from the file a problem names, whatever that turns out to be. */
class SourceLinesTest {

    @TempDir
    Path dir;

    @Test
    void readsTheLineWithoutSurroundingBlanks() throws IOException {
        Path page = Files.writeString(dir.resolve("impressum.md"),
                "---\ntitle: Impressum\n---\n  [Platzhalter: Name]  \n");

        SourceLines lines = SourceLines.fromFiles();

        assertThat(lines.line(page.toString(), 4)).isEqualTo("[Platzhalter: Name]");
        assertThat(lines.line(page.toString(), 2)).isEqualTo("title: Impressum");
    }

    @Test
    void isEmptyWhereThereIsNoSuchLineToRead() throws IOException {
        Path page = Files.writeString(dir.resolve("kurz.md"), "eine Zeile\n");
        Path folder = Files.createDirectory(dir.resolve("ordner.md"));

        SourceLines lines = SourceLines.fromFiles();

        assertThat(lines.line(page.toString(), 2)).isEmpty();
        assertThat(lines.line(page.toString(), 0)).isEmpty();
        assertThat(lines.line(folder.toString(), 1)).isEmpty();
        assertThat(lines.line(dir.resolve("fehlt.md").toString(), 1)).isEmpty();
    }

    @Test
    void bytesThatAreNotUtf8BecomeReplacementCharacters() throws IOException {
        Path latin1 = Files.write(dir.resolve("latin1.md"), new byte[]{'G', (byte) 0xF6, 'r', 'z'});

        assertThat(SourceLines.fromFiles().line(latin1.toString(), 1)).isEqualTo("G\uFFFDrz");
    }
}
