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

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Preview mode: an edit shows on the next page load, an invalid edit keeps the last good site serving in full with a
 * banner for editors, and fixing the file removes the banner, while visitors' requests never fail. Templates and CSS
 * are read from folders, as {@code mvn spring-boot:run} does, and reload too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "microsite.watch=true")
class LiveReloadTest {

    private static final Path DIR = ContentFixture.newBuildDir();
    private static final ContentFixture CONTENT = ContentFixture.copyInto(DIR);
    private static final Path TEMPLATES = ContentFixture.newBuildDir();
    private static final Path STATIC = ContentFixture.newBuildDir();
    private static final String SESSION = "sessions/erste-session.md";
    private static final List<String> ROUTES = List.of("/", "/programm", "/sessions", "/sessions/erste-session",
            "/themen/arbeit", "/infostand", "/impressum");
    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(1);

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

    private final AtomicBoolean visiting = new AtomicBoolean(true);
    private final AtomicInteger visits = new AtomicInteger();
    private final Queue<String> failures = new ConcurrentLinkedQueue<>();

    @AfterEach
    void stopVisitor() {
        visiting.set(false);
    }

    @Test
    void validInvalidValidWhileVisitorsKeepLoadingPages() throws Exception {
        Thread visitor = new Thread(this::visitUntilStopped, "visitor");
        visitor.start();

        CONTENT.replace(SESSION, "title: Erste Session", "title: Erste Session, bearbeitet");
        awaitPage("/sessions/erste-session", page -> page.title().startsWith("Erste Session, bearbeitet"));
        CONTENT.replace(SESSION, "title: Erste Session, bearbeitet", "title: Erste Session, neu betitelt");
        long millis = awaitPage("/sessions/erste-session", page -> page.title().startsWith("Erste Session, neu"));
        assertThat(millis).as("ms until a second valid edit shows").isLessThan(VISIBLE_WITHIN.toMillis());

        CONTENT.replace(SESSION, "title: Erste Session, neu betitelt", "titel: Kaputt");
        awaitPage("/", page -> !page.select(".editor-banner").isEmpty());
        for (String route : ROUTES) {
            Document page = page(route);
            assertThat(page.select(".editor-banner").text()).as(route)
                    .contains(CONTENT.path(SESSION) + ":2:1")
                    .contains("Unbekanntes Feld „titel“");
        }
        assertThat(page("/sessions/erste-session").title()).as("the last good content keeps serving")
                .startsWith("Erste Session, neu betitelt");
        assertThat(page("/sessions/erste-session").select("main").text()).contains("Anna Beispiel eröffnete");

        CONTENT.replace(SESSION, "titel: Kaputt", "title: Erste Session, repariert");
        awaitPage("/sessions/erste-session", page -> page.title().startsWith("Erste Session, repariert"));
        for (String route : ROUTES) {
            assertThat(page(route).select(".editor-banner")).as(route).isEmpty();
        }

        visiting.set(false);
        visitor.join(10_000);
        assertThat(failures).isEmpty();
        assertThat(visits.get()).as("requests during the reloads").isGreaterThan(20);
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

    private void visitUntilStopped() {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        for (int i = 0; visiting.get() && System.nanoTime() < deadline; i++) {
            String route = ROUTES.get(i % ROUTES.size());
            try {
                Http.Response response = Http.get(port, route);
                if (response.status() != 200 || !response.text().strip().endsWith("</html>")) {
                    failures.add(route + " → " + response.status() + ", " + response.text().length() + " chars");
                }
                visits.incrementAndGet();
            } catch (Exception e) {
                failures.add(route + " → " + e);
            }
        }
    }

    /** Loads {@code route} until {@code condition} holds; returns how long that took. */
    private long awaitPage(String route, Predicate<Document> condition) throws Exception {
        long started = System.nanoTime();
        long deadline = started + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.test(page(route))) {
                return (System.nanoTime() - started) / 1_000_000;
            }
            Thread.sleep(20);
        }
        return fail("%s did not change within 10 s", route);
    }

    private Document page(String route) {
        Http.Response response = Http.get(port, route);
        assertThat(response.status()).as(route).isEqualTo(200);
        return Jsoup.parse(response.text());
    }
}
