package de.bmas.microsite.web;

import de.bmas.microsite.MicrositeApplication;
import de.bmas.microsite.site.SiteHolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The server's life on a real port with its own content folder: ready only with content, undisturbed by reloads
 * under load, and finishing what it has started when it shuts down.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperationsTest {

    private static final String SESSION = "sessions/ki-diy-style.md";
    private static final String BIG_IMAGE = "/bilder/gross.png";
    /** Far more than the sockets' buffers hold, and within the 10 MB an image may have. */
    private static final int BIG_IMAGE_SIZE = 9 * 1024 * 1024;

    private static final List<String> startup = new CopyOnWriteArrayList<>();
    private static Path content;
    private static ConfigurableApplicationContext app;
    private static int port;

    @BeforeAll
    static void start(@TempDir Path dir) throws IOException {
        content = dir.resolve("content");
        FileSystemUtils.copyRecursively(Path.of("content"), content);
        Files.createDirectories(content.resolve("bilder"));
        byte[] image = new byte[BIG_IMAGE_SIZE];
        new Random(7).nextBytes(image);
        // a PNG's signature, as the site publishes only images whose bytes are of the format their name says
        System.arraycopy(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 0, image, 0, 8);
        Files.write(content.resolve(BIG_IMAGE.substring(1)), image);
        app = new SpringApplicationBuilder(MicrositeApplication.class)
                .listeners(OperationsTest::recordStartup)
                .run("--server.port=0", "--microsite.content-dir=" + content,
                        "--spring.lifecycle.timeout-per-shutdown-phase=60s");
        port = Integer.parseInt(app.getEnvironment().getRequiredProperty("local.server.port"));
    }

    /** Records when the server began to listen and when it declared itself ready, and whether content was there. */
    private static void recordStartup(ApplicationEvent event) {
        if (event instanceof WebServerInitializedEvent initialized) {
            startup.add("listening, content " + loaded(initialized.getApplicationContext()));
        } else if (event instanceof AvailabilityChangeEvent<?> change && change.getState() instanceof ReadinessState
                && change.getSource() instanceof ApplicationContext context) {
            startup.add(change.getState() + ", content " + loaded(context));
        }
    }

    private static boolean loaded(ApplicationContext context) {
        return context instanceof ConfigurableApplicationContext configurable
                && configurable.getBeanFactory().containsSingleton("siteHolder")
                && context.getBean(SiteHolder.class).current() != null;
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    @Order(1)
    void readyOnlyOnceTheContentIsLoaded() {
        assertThat(startup).containsExactly("listening, content true", "ACCEPTING_TRAFFIC, content true");
        assertThat(RawHttp.request(port, "GET", "/actuator/health/readiness").text()).contains("\"UP\"");
    }

    @Test
    @Order(2)
    void noRequestFailsWhileTheContentIsReloadedUnderLoad() throws Exception {
        List<String> paths = List.of("/", "/programm", "/sessions", "/sessions/ki-diy-style", "/themen",
                "/themen/digitale-chancen", "/my-turn", "/impressum", "/gibt-es-nicht");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger requests = new AtomicInteger();
        List<String> failures = new CopyOnWriteArrayList<>();
        // four clients keep the server's threads busy on two cores; more would only slow the reloads down
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<?>> futures = new ArrayList<>();
        for (int thread = 0; thread < 4; thread++) {
            int offset = thread;
            futures.add(clients.submit(() -> {
                for (int i = offset; running.get(); i++) {
                    String path = paths.get(i % paths.size());
                    try {
                        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + path)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        int expected = path.equals("/gibt-es-nicht") ? 404 : 200;
                        if (response.statusCode() != expected || !response.body().endsWith("</html>\n")) {
                            failures.add(path + " answered " + response.statusCode());
                        }
                    } catch (IOException | RuntimeException e) {
                        failures.add(path + " failed: " + e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    requests.incrementAndGet();
                }
            }));
        }
        SiteHolder holder = app.getBean(SiteHolder.class);
        String original = Files.readString(content.resolve(SESSION));
        int beforeTheReloads = requests.get();
        for (int round = 1; round <= 3; round++) {
            Files.writeString(content.resolve(SESSION), original.replaceFirst("teaser: ", "teaser: Runde " + round
                    + ". "));
            holder.reload();
            // broken content must not replace the good site either
            Files.writeString(content.resolve(SESSION), original.replaceFirst("title: ", "titel: "));
            holder.reload();
            assertThat(RawHttp.request(port, "GET", "/sessions/ki-diy-style").text())
                    .as("the good site of round %d, after a reload of broken content", round)
                    .contains("Runde " + round + ".");
        }
        Files.writeString(content.resolve(SESSION), original.replaceFirst("teaser: ", "teaser: Runde 4. "));
        holder.reload();
        int duringTheReloads = requests.get() - beforeTheReloads;
        running.set(false);
        for (Future<?> future : futures) {
            future.get(60, TimeUnit.SECONDS);
        }
        clients.shutdown();

        assertThat(failures).isEmpty();
        assertThat(duringTheReloads).as("requests answered while the site was reloaded").isPositive();
        assertThat(RawHttp.request(port, "GET", "/sessions/ki-diy-style").text()).contains("Runde 4.");
    }

    @Test
    @Order(3)
    void aGracefulShutdownCompletesTheRequestInFlight() throws Exception {
        byte[] expected = Files.readAllBytes(content.resolve(BIG_IMAGE.substring(1)));
        try (Socket slowClient = new Socket()) {
            // a small receive window: the server blocks writing the big image until the client reads on
            slowClient.setReceiveBufferSize(4096);
            slowClient.connect(new InetSocketAddress("127.0.0.1", port));
            slowClient.getOutputStream().write(("GET " + BIG_IMAGE + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = slowClient.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            received.write(in.readNBytes(64 * 1024));

            Thread shutdown = new Thread(app::close);
            shutdown.start();

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThatThrownBy(
                    () -> new Socket("127.0.0.1", port).close()).as("no new connections")
                    .isInstanceOf(ConnectException.class));
            assertThat(shutdown.isAlive()).as("shutdown waits for the request in flight").isTrue();
            in.transferTo(received);
            shutdown.join(Duration.ofSeconds(60).toMillis());
            assertThat(shutdown.isAlive()).as("shutdown finished").isFalse();
            byte[] response = received.toByteArray();
            String head = new String(response, 0, 4096, StandardCharsets.ISO_8859_1);
            int bodyStart = head.indexOf("\r\n\r\n") + 4;
            head = head.substring(0, bodyStart);
            assertThat(head).startsWith("HTTP/1.1 200").contains("Content-Length: " + BIG_IMAGE_SIZE);
            assertThat(response.length - bodyStart).isEqualTo(BIG_IMAGE_SIZE);
            assertThat(sha256(response, bodyStart)).isEqualTo(sha256(expected, 0));
        }
    }

    private static String sha256(byte[] data, int from) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update(data, from, data.length - from);
        return HexFormat.of().formatHex(digest.digest());
    }
}
