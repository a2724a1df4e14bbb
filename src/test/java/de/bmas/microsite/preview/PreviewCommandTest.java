package de.bmas.microsite.preview;

import de.bmas.microsite.testing.ContentFixture;
import de.bmas.microsite.testing.Http;
import de.bmas.microsite.testing.Jvm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * {@code java -jar microsite.jar preview} as an editor runs it, in a process of its own on content with an error:
 * it starts anyway, listens on 127.0.0.1 only, prints the problems and one German line with its address and
 * nothing else, shows the problems page, and turns into the site once the error is fixed.
 */
class PreviewCommandTest {

    private static final String READY = "Vorschau läuft: ";

    @TempDir(factory = ContentFixture.InBuildDir.class)
    Path workDir;

    private Process preview;
    private Thread reader;

    @AfterEach
    void stop() throws InterruptedException {
        if (preview != null) {
            preview.destroy();
            preview.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void startsOnBrokenContentOnLoopbackWithGermanLinesOnlyAndTurnsIntoTheSiteWhenFixed() throws Exception {
        ContentFixture content = ContentFixture.copyInto(workDir.resolve("content"));
        content.replace("veranstaltung.md", "date: 2025-02-25", "date: 25.02.2025");
        BlockingQueue<String> output = start("preview", "--server.port=0");

        List<String> lines = new ArrayList<>();
        String ready = awaitLine(output, lines);
        URI address = URI.create(ready.substring(READY.length(), ready.indexOf(' ', READY.length())));
        assertThat(address.getHost()).isEqualTo("127.0.0.1");
        assertThat(ready).isEqualTo(READY + address + " – Änderungen unter content/ erscheinen sofort. "
                + "Beenden mit Strg+C.");
        assertThat(lines).containsExactly("",
                "Der Inhalt enthält Fehler. Die Vorschau zeigt sie unter jeder Adresse, bis sie behoben sind:",
                "content/veranstaltung.md:4:7: Fehler: „25.02.2025“ ist kein gültiges Datum – Erwartet wird "
                        + "JJJJ-MM-TT, z. B. 2025-02-25.",
                "content/veranstaltung.md:1:1: Warnung: Verweise zwischen den Dateien, Links, Bildangaben und "
                        + "Uhrzeiten sind noch nicht geprüft – Diese Prüfungen und ihre Warnungen folgen, sobald "
                        + "„veranstaltung.md“ und „programm.md“ fehlerfrei sind.",
                "1 Fehler, 1 Warnung",
                ready);
        assertThat(Http.get(address.getPort(), "/").text()).contains("<h1>Der Inhalt enthält einen Fehler</h1>");
        // bound to 127.0.0.1 alone: a server listening on every address would answer at 127.0.0.2 too (on Linux all
        // of 127.0.0.0/8 is this machine; elsewhere the address may lead nowhere, which times out)
        assertThatThrownBy(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.2", address.getPort()), 2000);
            }
        }).as("not reachable at another address").isInstanceOfAny(ConnectException.class,
                SocketTimeoutException.class);

        content.replace("veranstaltung.md", "date: 25.02.2025", "date: 2025-02-25");
        await().atMost(Duration.ofSeconds(30)).until(() -> Http.get(address.getPort(), "/").status() == 200);
        assertThat(output.poll(10, TimeUnit.SECONDS))
                .isEqualTo("Der Inhalt ist wieder fehlerfrei; die Vorschau zeigt die Website.");
        stop();
        reader.join(Duration.ofSeconds(10).toMillis());
        assertThat(output).as("nothing else until the preview ended, no log").isEmpty();
    }

    /**
     * Before the content is read: the editor learns at once, not after the whole site is built, that the preview
     * runs already (the loader's log line, switched on here, shows whether the content was read).
     */
    @Test
    void aTakenPortIsExplainedInGermanWithTheWayOutBeforeTheContentIsRead() throws Exception {
        ContentFixture.copyInto(workDir.resolve("content"));
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            BlockingQueue<String> output = start("preview", "--server.port=" + taken.getLocalPort(),
                    "--logging.level.de.bmas.microsite.content.source.ContentLoader=info");

            assertThat(preview.waitFor(3, TimeUnit.MINUTES)).as("the preview gives up").isTrue();
            assertThat(preview.exitValue()).isEqualTo(1);
            await().atMost(Duration.ofSeconds(10)).until(() -> String.join("\n", output).contains("--server.port="));
            assertThat(String.join("\n", output))
                    .contains("Die Vorschau kann nicht starten: Die Nummer " + taken.getLocalPort() + " (Port) ist "
                            + "schon belegt",
                            "Läuft dort Ihre Vorschau, öffnen Sie sie unter http://127.0.0.1:" + taken.getLocalPort()
                                    + "/ – sonst starten Sie diese mit einer anderen Nummer: java -jar microsite.jar "
                                    + "preview --server.port=" + (taken.getLocalPort() + 1))
                    .doesNotContain("was already in use", "Exception", "APPLICATION FAILED TO START",
                            "Description:", "Action:", "ERROR", "Content loaded");
        }
    }

    /** Reads lines up to the ready line; returns it, with every line before it in {@code lines}. */
    private static String awaitLine(BlockingQueue<String> output, List<String> lines) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            String line = output.poll(1, TimeUnit.SECONDS);
            if (line != null) {
                lines.add(line);
                if (line.startsWith(READY)) {
                    return line;
                }
            }
        }
        throw new AssertionError("no ready line within 3 minutes: " + lines);
    }

    /** Starts the application's main as {@code java -jar} would, both output streams as one queue of lines. */
    private BlockingQueue<String> start(String... args) throws IOException {
        List<String> command = Jvm.application(args);
        preview = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(preview.getInputStream(), StandardCharsets.UTF_8))) {
                in.lines().forEach(lines::add);
            } catch (IOException e) {
                // the process ended
            }
        }, "preview-output");
        reader.setDaemon(true);
        reader.start();
        return lines;
    }
}
