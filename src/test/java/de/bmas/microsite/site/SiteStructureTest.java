package de.bmas.microsite.site;

import de.bmas.microsite.testing.Http;
import de.bmas.microsite.testing.Crawler;
import de.bmas.microsite.testing.WebPage;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped site as visitors reach it: every route, every link, the frame of every page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SiteStructureTest {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "/                                                   | Fachkräftekongress 2025",
            "/programm                                           | Programm",
            "/sessions                                           | Sessions",
            "/sessions/erkenntnisse-und-impulse-aus-dem-job-turbo | Erkenntnisse & Impulse aus dem Job-Turbo",
            "/sessions/skilled-labour-from-india-to-germany      | Skilled Labour: From India to Germany",
            "/themen                                             | Themen",
            "/themen/fachkraeftezuwanderung                      | Fachkräftezuwanderung",
            "/my-turn                                            | MY TURN – Frauen mit Migrationserfahrung starten durch",
            "/impressum                                          | Impressum",
            "/datenschutz                                        | Datenschutzerklärung",
            "/barrierefreiheit                                   | Erklärung zur Barrierefreiheit",
            "/leichte-sprache                                    | Leichte Sprache"})
    void everyRouteAnswersWithItsHeading(String path, String heading) {
        Http.Response response = Http.get(port, path);

        assertThat(response.status()).isEqualTo(200);
        assertThat(WebPage.parse(port, path).select("h1")).singleElement()
                .extracting(Element::text).isEqualTo(heading);
    }

    @Test
    void anAddressTypedWithASlashAtTheEndLeadsToItsPage() {
        Http.Response response = Http.get(port, "/sessions/ki-diy-style/?thema=ki");

        assertThat(response.status()).isEqualTo(301);
        assertThat(response.header("Location")).isEqualTo("/sessions/ki-diy-style?thema=ki");
        assertThat(Http.get(port, "/programm.ics/").status()).as("a file, not a page").isEqualTo(404);
        assertThat(Http.get(port, "/gibt-es-nicht/").status()).isEqualTo(404);
    }

    @ParameterizedTest
    @CsvSource({"/Programm, /programm", "/PROGRAMM/, /programm", "/Sessions/KI-DIY-Style, /sessions/ki-diy-style",
            "/sessions/KI-diy-style?thema=ki, /sessions/ki-diy-style?thema=ki", "/Impressum, /impressum"})
    void anAddressTypedInOtherCapitalsLeadsToItsPage(String typed, String page) {
        Http.Response response = Http.get(port, typed);

        assertThat(response.status()).isEqualTo(301);
        assertThat(response.header("Location")).isEqualTo(page);
    }

    @Test
    void onlyPagesAreFoundInOtherCapitalsAndOnlyByReading() {
        assertThat(Http.get(port, "/Programm.ics").status()).as("a file").isEqualTo(404);
        assertThat(Http.get(port, "/Sessions/Gibt-Es-Nicht").status()).isEqualTo(404);
        assertThat(Http.send(port, "POST", "/Programm").status()).as("only for reading").isEqualTo(404);
        assertThat(Http.send(port, "HEAD", "/Programm").status()).isEqualTo(301);
        assertThat(Http.get(port, "/%50rogramm").status()).as("one spelling, percent-encoded: not typed")
                .isEqualTo(404);
    }

    @Test
    void aCrawlFromTheHomePageFindsNoBrokenLink() {
        Map<String, Integer> statuses = Crawler.crawl(port);

        assertThat(statuses).hasSizeGreaterThan(20);
        assertThat(statuses).allSatisfy((path, status) -> assertThat(status).as(path).isEqualTo(200));
        assertThat(statuses).containsKeys("/programm", "/sessions", "/my-turn", "/impressum", "/datenschutz",
                "/barrierefreiheit", "/leichte-sprache", "/sessions/ki-diy-style", "/themen/digitale-chancen");
    }

    @Test
    void everyPageHasTheFrameVisitorsAndSearchEnginesRelyOn() {
        List<String> pages = Crawler.crawl(port).keySet().stream()
                .filter(path -> !path.contains(".") && !path.startsWith("/assets/"))
                .toList();
        Set<String> titles = new HashSet<>();
        for (String path : pages) {
            Document page = WebPage.parse(port, path);
            assertThat(page.select("html").attr("lang")).as(path).isEqualTo("de");
            assertThat(titles.add(page.title())).as("unique title of " + path).isTrue();
            assertThat(page.select("meta[name=description]").attr("content")).as(path).isNotBlank();
            assertThat(page.select("h1")).as(path).hasSize(1);
            assertThat(page.select("header nav[aria-label] a")).as(path).isNotEmpty();
            assertThat(page.select("footer a[href=/impressum]")).as(path).hasSize(1);
            assertThat(page.select("footer a[href=/datenschutz]")).as(path).hasSize(1);
            assertThat(page.select("footer a[href=/barrierefreiheit]")).as(path).hasSize(1);
            assertThat(page.select("header a[href=/leichte-sprache]")).as(path).isNotEmpty();
            assertThat(page.select("[aria-current=page]")).as(path).isNotEmpty();
            if (!path.equals("/")) {
                Element lastCrumb = page.select("nav.breadcrumbs > ol > li").last();
                assertThat(lastCrumb).as("breadcrumbs of " + path).isNotNull();
                assertThat(lastCrumb.select("[aria-current=page]")).as(path).hasSize(1);
            }
        }
    }

    @Test
    void theCurrentSectionIsMarkedInTheMainNavigation() {
        Document programme = WebPage.parse(port, "/programm");
        Document session = WebPage.parse(port, "/sessions/ki-diy-style");

        assertThat(programme.select("nav[aria-label=Hauptnavigation] a[aria-current=page]").text())
                .isEqualTo("Programm");
        assertThat(session.select("nav[aria-label=Hauptnavigation] a[aria-current]").attr("href"))
                .isEqualTo("/sessions");
    }

    @Test
    void theLayoutLinksTheFeed() {
        Document programme = WebPage.parse(port, "/programm");

        assertThat(programme.select("link[rel=alternate][type=application/atom+xml]").attr("href"))
                .isEqualTo("/feed.xml");
    }

    @Test
    void theLayoutLinksBothIconsAndTheyAreServed() {
        Document home = WebPage.parse(port, "/");

        assertThat(home.select("link[rel=icon][sizes=32x32]").attr("href")).isEqualTo("/favicon.ico");
        String svg = home.select("link[rel=icon][type=image/svg+xml]").attr("href");
        assertThat(svg).matches("/assets/favicon\\.[0-9a-f]{12}\\.svg");
        assertThat(Http.get(port, svg).status()).isEqualTo(200);
    }

    @ParameterizedTest
    @CsvSource({"/gibt-es-nicht", "/sessions/gibt-es-nicht", "/themen/gibt-es-nicht", "/sessions/ki-diy-style/x"})
    void unknownAddressesGetTheGermanNotFoundPageWithTheFullFrame(String path) {
        Http.Response response = Http.get(port, path);
        Document page = WebPage.parse(port, path);

        assertThat(response.status()).isEqualTo(404);
        assertThat(page.select("h1").text()).isEqualTo("Seite nicht gefunden");
        assertThat(page.select("header nav[aria-label=Hauptnavigation] a")).hasSizeGreaterThan(3);
        assertThat(page.select("footer a[href=/impressum]")).hasSize(1);
    }
}
