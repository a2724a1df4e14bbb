package de.bmas.microsite.web;

import de.bmas.microsite.testing.Http;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The home page loads fast on a weak mobile connection: at most 30 KB over the wire, and no JavaScript. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PageWeightTest {

    private static final int BUDGET_BYTES = 30 * 1024;

    @LocalServerPort
    int port;

    @Test
    void homePageWithEverythingItLoadsFitsTheBudget() throws Exception {
        Http.Response home = get("/");
        byte[] html = CachingTest.gunzip(home.body());
        Document page = Jsoup.parse(new String(html, StandardCharsets.UTF_8));

        Set<String> loaded = new LinkedHashSet<>();
        page.select("link[rel=stylesheet], link[rel=icon]").forEach(link -> loaded.add(link.attr("href")));
        page.select("img[src]").forEach(image -> loaded.add(image.attr("src")));
        assertThat(loaded).anyMatch(url -> url.endsWith(".css"));

        long bytes = home.body().length;
        for (String url : loaded) {
            Http.Response response = get(url);
            assertThat(response.status()).as(url).isEqualTo(200);
            bytes += response.body().length;
        }
        assertThat(bytes).as("home page and %s, compressed", loaded).isLessThanOrEqualTo(BUDGET_BYTES);
        assertThat(page.select("script")).allMatch(script -> script.attr("type").equals("application/ld+json"));
    }

    /** As a browser asks: gzip accepted, so the sizes are what travels. */
    private Http.Response get(String route) {
        return Http.get(port, route, "Accept-Encoding", "gzip");
    }
}
