package de.bmas.microsite.preview;

import de.bmas.microsite.MicrositeApplication;
import de.bmas.microsite.site.Routes;
import de.bmas.microsite.testing.ContentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A preview page keeps its refresh stream open for half an hour, and a graceful shutdown waits for open requests:
 * stopping ends the streams instead of waiting out the shutdown timeout for them.
 */
class PreviewShutdownTest {

    @TempDir(factory = ContentFixture.InBuildDir.class)
    Path content;

    @Test
    void stoppingEndsOpenRefreshStreamsInsteadOfWaitingForThem() throws Exception {
        ContentFixture.copyInto(content);
        ConfigurableApplicationContext preview = new SpringApplicationBuilder(MicrositeApplication.class).run(
                "--server.port=0", "--microsite.preview=true", "--microsite.content-dir=" + content,
                "--microsite.base-url=http://localhost", "--server.shutdown=graceful",
                "--spring.lifecycle.timeout-per-shutdown-phase=60s");
        int port = ((WebServerApplicationContext) preview).getWebServer().getPort();
        HttpResponse<InputStream> events = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + Routes.PREVIEW_EVENTS)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (BufferedReader stream = new BufferedReader(new InputStreamReader(events.body(), StandardCharsets.UTF_8))) {
            assertThat(stream.readLine()).as("the stream is open").isEqualTo("event:stand");

            assertTimeoutPreemptively(Duration.ofSeconds(30), preview::close, "the preview still waits for it");
            // the rest of the first event, then the end of the stream
            assertThat(stream.lines().toList()).hasSize(2).first().asString().startsWith("data:");
        }
    }
}
