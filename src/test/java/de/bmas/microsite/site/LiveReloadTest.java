package de.bmas.microsite.site;

import de.bmas.microsite.testing.ContentFixture;
import de.bmas.microsite.testing.Http;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Preview mode on a real port, with the content watcher: an edit shows on the next page loads, and
 * an open page is told over Server-Sent Events to refresh itself, with the edited content or with the problems
 * page that stands in for every page while the content has errors. Templates and CSS are read from folders, as
 * {@code mvn spring-boot:run} does, and reload too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "microsite.preview=true")
class LiveReloadTest {

    private static final Path DIR = ContentFixture.newBuildDir();
    private static final ContentFixture CONTENT = ContentFixture.copyInto(DIR);
    private static final Path TEMPLATES = ContentFixture.newBuildDir();
    private static final Path STATIC = ContentFixture.newBuildDir();
    private static final String SESSION = "sessions/erste-session.md";
    private static final List<String> ROUTES = List.of("/", "/programm", "/sessions", "/sessions/erste-session",
            "/themen/arbeit", "/infostand", "/impressum", "/gibt-es-nicht");

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        ContentFixture.copyTree(Path.of("src/main/resources/templates"), TEMPLATES);
        ContentFixture.copyTree(Path.of("src/main/resources/static"), STATIC);
        registry.add("microsite.content-dir", DIR::toString);
        registry.add("microsite.assets-dir", STATIC::toString);
        registry.add("spring.thymeleaf.prefix", () -> "file:" + TEMPLATES + "/");
        registry.add("spring.thymeleaf.cache", () -> "false");
    }

    @LocalServerPort
    int port;

    private InputStream events;

    @AfterEach
    void closeEvents() throws Exception {
        if (events != null) {
            events.close();
        }
    }

    @Test
    void anOpenPageIsToldToRefreshAfterEverySaveWithTheSiteOrItsProblems() throws Exception {
        Document open = page("/sessions/erste-session");
        String shown = open.select("script[src^=/assets/vorschau.]").attr("data-stand");
        BlockingQueue<String> stands = listen(open.select("script[src^=/assets/vorschau.]").attr("data-events"));
        assertThat(stands.poll(10, TimeUnit.SECONDS)).as("named on connecting").isEqualTo(shown);

        CONTENT.replace(SESSION, "title: Erste Session", "title: Erste Session, bearbeitet");
        String edited = nextStand(stands, shown);
        Document refreshed = page("/sessions/erste-session");
        assertThat(refreshed.title()).startsWith("Erste Session, bearbeitet");
        assertThat(refreshed.select("script[src^=/assets/vorschau.]").attr("data-stand")).isEqualTo(edited);

        CONTENT.replace(SESSION, "title: Erste Session, bearbeitet", "titel: Kaputt");
        String broken = nextStand(stands, edited);
        Document page = null;
        for (String route : ROUTES) {
            Http.Response response = Http.get(port, route);
            page = Jsoup.parse(response.text());
            assertThat(page.select("h1").text()).as(route).isEqualTo("Der Inhalt enthält einen Fehler");
            assertThat(page.select(".problem__location").text()).isEqualTo(CONTENT.path(SESSION) + ":2:1");
            assertThat(page.select(".problem__message").text()).isEqualTo("Unbekanntes Feld „titel“");
            assertThat(page.select(".problem__source").first().wholeText()).isEqualTo("titel: Kaputt\n^");
            assertThat(page.select("script[src^=/assets/vorschau.]").attr("data-stand")).isEqualTo(broken);
            assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        }
        List<String> assets = new ArrayList<>(page.select("link[rel=stylesheet]").eachAttr("href"));
        assets.addAll(page.select("script[src]").eachAttr("src"));
        assertThat(assets).hasSize(3);
        for (String asset : assets) {
            assertThat(Http.get(port, asset).status()).as(asset).isEqualTo(200);
        }

        CONTENT.replace(SESSION, "titel: Kaputt", "title: Erste Session, repariert");
        nextStand(stands, broken);
        assertThat(page("/sessions/erste-session").title()).startsWith("Erste Session, repariert");
    }

    @Test
    void eachValidEditShowsOnTheNextPageLoads() throws Exception {
        CONTENT.replace("themen/arbeit.md", "title: Arbeit", "title: Arbeit, bearbeitet");
        awaitPage("/themen/arbeit", page -> page.title().startsWith("Arbeit, bearbeitet"));
        CONTENT.replace("themen/arbeit.md", "title: Arbeit, bearbeitet", "title: Arbeit");

        // how soon is the reload benchmark's subject (measurements.md), not a timed unit test's
        awaitPage("/themen/arbeit", page -> page.title().startsWith("Arbeit –"));
    }

    @Test
    void templateAndStylesheetChangesShowOnTheNextPageLoad() throws Exception {
        String stylesheet = page("/").select("link[rel=stylesheet]").attr("href");

        Files.writeString(STATIC.resolve("css/99-reload.css"), ".reload-test { color: black; }\n");
        Path layout = TEMPLATES.resolve("layout.html");
        Files.writeString(layout, Files.readString(layout).replace("Veranstalter: ", "Gastgeber: "));

        awaitPage("/", page -> page.select(".site-footer").text().contains("Gastgeber:"));
        String reloaded = page("/").select("link[rel=stylesheet]").attr("href");
        assertThat(reloaded).isNotEqualTo(stylesheet);
        Http.Response css = Http.get(port, reloaded);
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.text()).contains(".reload-test");
    }

    /** The values of the {@code stand} events the preview sends to an open page, as they arrive. */
    private BlockingQueue<String> listen(String route) throws Exception {
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + route)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/event-stream"));
        events = response.body();
        BlockingQueue<String> stands = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(events, StandardCharsets.UTF_8))) {
                String event = null;
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("event:")) {
                        event = line.substring("event:".length());
                    } else if (line.startsWith("data:") && "stand".equals(event)) {
                        stands.add(line.substring("data:".length()));
                    }
                }
            } catch (Exception e) {
                // closed after the test
            }
        }, "preview-events");
        reader.setDaemon(true);
        reader.start();
        return stands;
    }

    /** Waits for a {@code stand} other than {@code previous}: the preview has reloaded. */
    private static String nextStand(BlockingQueue<String> stands, String previous) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            String stand = stands.poll(100, TimeUnit.MILLISECONDS);
            if (stand != null && !stand.equals(previous)) {
                return stand;
            }
        }
        return fail("no new stand within 20 s after %s", previous);
    }

    /** Loads {@code route} until {@code condition} holds. */
    private void awaitPage(String route, Predicate<Document> condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.test(page(route))) {
                return;
            }
            Thread.sleep(20);
        }
        fail("%s did not change within 20 s", route);
    }

    private Document page(String route) {
        Http.Response response = Http.get(port, route);
        assertThat(response.status()).as(route).isEqualTo(200);
        return Jsoup.parse(response.text());
    }
}
