package de.bmas.microsite;

import de.bmas.microsite.testing.InProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code java -jar microsite.jar} answers to a command it cannot carry out: editors type these too, and an
 * answer in German says what to do, where a stack trace would not.
 */
class CommandLineTest {

    @TempDir
    Path dir;

    @Test
    void anUnknownCommandIsNamedInGermanWithTheCommandsThereAre() {
        InProcess.Result result = InProcess.run("pruefen");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr()).startsWith("Unbekannter Befehl „pruefen“. Befehle: preview | init ORDNER | check")
                .contains("export --out=ORDNER");
    }

    /** As {@code init kongress-2030} is typed: not the default folder „content“, which would pass unnoticed. */
    @Test
    void aFolderNamedAfterCheckIsTheOneChecked() {
        InProcess.Result result = InProcess.run("check", dir.resolve("kongress-2030").toString());

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.stdout()).contains(dir.resolve("kongress-2030") + ":1:1: Fehler: Der Inhaltsordner fehlt – "
                + "Gesucht wurde „" + dir.resolve("kongress-2030").toAbsolutePath().normalize() + "“.");
    }

    @Test
    void aPreviewOfTwoFoldersIsRefused() {
        InProcess.Result result = InProcess.run("preview", "kongress-2030", "kongress-2031");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.stderr()).isEqualTo("Bitte nur einen Ordner angeben: java -jar microsite.jar preview ORDNER\n");
    }

    @Test
    void anExportWithoutAFolderWritesNothingHere() {
        InProcess.Result result = InProcess.run("export", "--out=", "--microsite.base-url=https://www.example.de");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.stderr()).startsWith("export braucht --out=ORDNER");
        assertThat(Path.of("index.html")).doesNotExist();
    }

    @Test
    void anExportIntoAFolderWithFilesIsRefusedAndLeavesThemAlone() throws IOException {
        Path site = Files.createDirectories(dir.resolve("site"));
        Path old = Files.writeString(site.resolve("alte-seite.html"), "von früher");

        InProcess.Result result = InProcess.run("export", "--out=" + site, "--microsite.base-url=https://www.example.de");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.stderr()).startsWith("„" + site + "“ ist kein leerer Ordner.");
        assertThat(old).hasContent("von früher");
        assertThat(site.resolve("index.html")).doesNotExist();
    }

    @Test
    void aFolderThatCannotBeWrittenEndsTheExportWithAGermanMessage() throws IOException {
        Path file = Files.writeString(dir.resolve("notiz.txt"), "kein Ordner");

        InProcess.Result result = InProcess.run("export", "--out=" + file.resolve("site"),
                "--microsite.base-url=https://www.example.de");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.stderr()).contains("Abgebrochen: „" + file.resolve("site"))
                .contains("lässt sich nicht schreiben").doesNotContain("Exception", "\tat ");
    }

    @Test
    void aFolderThatCannotBeCreatedEndsInitWithAGermanMessage() throws IOException {
        Path file = Files.writeString(dir.resolve("notiz.txt"), "kein Ordner");

        InProcess.Result result = InProcess.run("init", file.resolve("kongress-2030").toString());

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.stderr()).startsWith("Abgebrochen: „" + file.resolve("kongress-2030"))
                .contains("lässt sich nicht schreiben (ein Teil des Pfades ist eine Datei, kein Ordner)")
                .doesNotContain("Exception", "\tat ");
    }
}
