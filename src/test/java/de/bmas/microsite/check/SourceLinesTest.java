package de.bmas.microsite.check;

import de.bmas.microsite.content.source.ContentLoader;
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

    /** A problem about an image points at its line 1, which is no line of text to show. */
    @Test
    void anImageOrAFileTooLargeHasNoLines() throws IOException {
        Path png = Files.write(dir.resolve("saal.png"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H'});
        Path large = Files.writeString(dir.resolve("riesig.md"),
                "x\n".repeat((int) ContentLoader.MAX_TEXT_BYTES / 2 + 1));

        assertThat(SourceLines.asWritten().line(png.toString(), 1)).isEmpty();
        assertThat(SourceLines.asWritten().line(large.toString(), 1)).isEmpty();
    }
}
