package de.bmas.microsite.accessibility;

import de.bmas.microsite.site.SiteHolder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages every German federal site needs, reachable from every page and holding what the law asks for:
 * accessibility statement (§ 12b BGG, EU model statement), Leichte Sprache (§ 4 BITV 2.0), privacy notice
 * (Art. 13 DSGVO) and imprint (§ 5 DDG).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LegalPagesTest {

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
    void everyPageLinksTheLegalPagesAndLeichteSpracheInItsHeader(String route) throws Exception {
        Document page = fetch(route);
        assertThat(page.select("body > header a").eachAttr("href")).as("header of %s", route)
                .contains("/leichte-sprache");
        assertThat(page.select("body > footer a").eachAttr("href")).as("footer of %s", route)
                .contains("/barrierefreiheit", "/datenschutz", "/impressum");
    }

    @Test
    void accessibilityStatementFollowsTheEuModel() throws Exception {
        Document page = fetch("/barrierefreiheit");
        String text = page.select("main").text();
        assertThat(page.select("h1").text()).isEqualTo("Erklärung zur Barrierefreiheit");
        assertThat(page.select("main h2").eachText()).anyMatch(h -> h.contains("Vereinbarkeit"))
                .anyMatch(h -> h.contains("Nicht barrierefreie Inhalte"))
                .anyMatch(h -> h.contains("Erstellung"))
                .anyMatch(h -> h.contains("Feedback"))
                .anyMatch(h -> h.contains("Schlichtungsverfahren"));
        assertThat(text).contains("§ 12b BGG", "BITV 2.0", "Gebärdensprache", "§ 16 BGG")
                .containsPattern("erstellt|überprüft")
                .containsPattern("\\d{1,2}\\. [A-ZÄÖÜ][a-zäöü]+ \\d{4}");
        assertThat(page.select("main a[href^=mailto:]")).as("feedback contact").isNotEmpty();
        assertThat(page.select("main a[href*=schlichtungsstelle-bgg.de]")).as("link to the Schlichtungsstelle")
                .isNotEmpty();
    }

    @Test
    void leichteSpracheExplainsSiteNavigationAndAccessibility() throws Exception {
        Document page = fetch("/leichte-sprache");
        assertThat(page.select("main h2")).as("sections in Leichte Sprache").hasSizeGreaterThanOrEqualTo(4);
        assertThat(page.select("main a").eachAttr("href")).contains("/barrierefreiheit");
    }

    @Test
    void privacyNoticeCoversLogFilesAndRulesOutCookiesAndTracking() throws Exception {
        String text = fetch("/datenschutz").select("main").text();
        assertThat(text).contains("Art. 13", "Logdateien", "keine Cookies", "kein Tracking", "Art. 77 DSGVO");
    }

    @Test
    void imprintNamesItsLegalBasis() throws Exception {
        assertThat(fetch("/impressum").select("main").text()).contains("§ 5 DDG");
    }

    private Document fetch(String route) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + route)).build(),
                HttpResponse.BodyHandlers.ofString());
        return Jsoup.parse(response.body());
    }
}
