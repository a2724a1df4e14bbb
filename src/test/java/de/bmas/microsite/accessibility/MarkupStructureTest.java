package de.bmas.microsite.accessibility;

import de.bmas.microsite.site.SiteHolder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The structure assistive technology relies on, for every page as served: landmarks, one h1 and no skipped
 * heading level, the skip link first, labelled navigation, breadcrumbs that mark the current page, and no
 * script (JSON-LD aside), inline style or event handler attribute.
 * Runs without a browser, so developers without Chromium still get these checks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MarkupStructureTest {

    @LocalServerPort
    private int port;

    @Autowired
    private SiteHolder holder;

    private final HttpClient http = HttpClient.newHttpClient();

    List<String> pages() {
        return SitePages.routes(holder);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void hasOneH1AndNoSkippedHeadingLevel(String route) throws Exception {
        Elements headings = fetch(route).select("h1, h2, h3, h4, h5, h6");
        assertThat(headings.select("h1")).as("h1 on %s", route).hasSize(1);
        assertThat(headings.first().tagName()).as("first heading on %s", route).isEqualTo("h1");
        List<String> skips = new ArrayList<>();
        for (int i = 1; i < headings.size(); i++) {
            int previous = level(headings.get(i - 1));
            if (level(headings.get(i)) > previous + 1) {
                skips.add(headings.get(i - 1).tagName() + " → " + headings.get(i).tagName() + " „"
                        + headings.get(i).text() + "“");
            }
        }
        assertThat(skips).as("skipped heading levels on %s", route).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void hasLandmarksAndASkipLinkToMain(String route) throws Exception {
        Document page = fetch(route);
        Element body = page.body();
        assertThat(body.select("> header")).as("banner on %s", route).hasSize(1);
        assertThat(body.select("> footer")).as("contentinfo on %s", route).hasSize(1);
        assertThat(page.select("main")).as("main on %s", route).hasSize(1);
        Element main = page.selectFirst("main");
        assertThat(main.id()).isEqualTo("inhalt");
        assertThat(main.attr("tabindex")).isEqualTo("-1");

        Element firstFocusable = page.selectFirst(
                "a[href], button, input, select, textarea, [tabindex]:not([tabindex=-1])");
        assertThat(firstFocusable.hasClass("skip-link")).as("skip link first on %s", route).isTrue();
        assertThat(firstFocusable.attr("href")).isEqualTo("#inhalt");

        for (Element nav : page.select("nav")) {
            assertThat(nav.attr("aria-label")).as("label of a navigation on %s", route).isNotBlank();
        }
        assertThat(page.select("nav[aria-label]").eachAttr("aria-label")).as("navigation labels on %s", route)
                .doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void breadcrumbsEndWithTheCurrentPage(String route) throws Exception {
        Document page = fetch(route);
        Elements trails = page.select("nav.breadcrumbs");
        if (route.equals("/") || route.equals(SitePages.NOT_FOUND)) {
            assertThat(trails).as("no trail on %s", route).isEmpty();
            return;
        }
        assertThat(trails).as("breadcrumbs on %s", route).hasSize(1);
        Elements items = trails.first().select("> ol > li");
        assertThat(items).hasSizeGreaterThanOrEqualTo(2);
        assertThat(items.first().selectFirst("a").attr("href")).isEqualTo("/");
        Element current = items.last().selectFirst("[aria-current=page]");
        assertThat(current).as("aria-current=page on the last crumb of %s", route).isNotNull();
        assertThat(current.attr("href")).isEqualTo(route);
        assertThat(trails.first().select("[aria-current]")).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void needsNoScriptAndHasNoInlineStyleOrEventHandlers(String route) throws Exception {
        Document page = fetch(route);
        assertThat(page.select("script:not([type=application/ld+json])")).as("scripts on %s", route).isEmpty();
        assertThat(page.select("style, [style]")).as("inline styles on %s", route).isEmpty();
        assertThat(page.select("[^on]")).as("event handler attributes on %s", route).isEmpty();
    }

    private Document fetch(String route) throws Exception {
        String html = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + route)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return Jsoup.parse(html);
    }

    private static int level(Element heading) {
        return heading.tagName().charAt(1) - '0';
    }
}
