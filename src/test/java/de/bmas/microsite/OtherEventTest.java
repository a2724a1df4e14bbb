package de.bmas.microsite;

import de.bmas.microsite.testing.Http;
import de.bmas.microsite.testing.Crawler;
import de.bmas.microsite.testing.WebPage;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The same engine serves another event's folder: nothing about the congress is built in. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "microsite.content-dir=src/test/resources/content-other")
class OtherEventTest {

    @LocalServerPort
    int port;

    @Test
    void rendersTheOtherEventWithItsOwnNamesAndNavigation() {
        Document home = WebPage.parse(port, "/");

        assertThat(home.select("h1").text()).isEqualTo("Musterkonferenz Nord 2030");
        assertThat(home.select("nav[aria-label=Hauptnavigation] a").eachText())
                .containsExactly("Startseite", "Tagesablauf", "Sessions", "Themen", "Personen", "Infopunkt");
        assertThat(home.text()).contains("Mittwoch, 12. Juni 2030, 10:00–16:30 Uhr", "Musterweg 1, 12345 Musterstadt");
    }

    @Test
    void noPageMentionsTheCongress() {
        Map<String, Integer> statuses = Crawler.crawl(port);

        assertThat(statuses).containsKeys("/infopunkt", "/sessions/werkstatt", "/themen/werkzeuge");
        assertThat(statuses).doesNotContainKey("/my-turn");
        statuses.keySet().stream().filter(path -> !path.startsWith("/assets/")).forEach(path ->
                assertThat(Http.get(port, path).text()).as(path)
                        .doesNotContain("Fachkräfte", "MY TURN", "BMAS", "Cafe Moskau", "Moskau"));
        statuses.keySet().stream().filter(path -> !path.contains(".")).forEach(path ->
                assertThat(Http.get(port, path).text()).as(path).doesNotContain("2025"));
    }

    @Test
    void countsTheSessionsOfEachTopicInWords() {
        Document topics = WebPage.parse(port, "/themen");

        assertThat(topics.select(".card__meta").eachText())
                .containsExactlyInAnyOrder("1 Session", "Keine Sessions dokumentiert");
    }

    @Test
    void showsTimeAndRoomWhereTheContentHasThem() {
        Document timed = WebPage.parse(port, "/sessions/werkstatt");
        Document untimed = WebPage.parse(port, "/sessions/gespraech");

        assertThat(timed.select(".details").text()).contains("11:00–12:30 Uhr", "Raum A");
        assertThat(untimed.select(".details dt").eachText()).containsExactly("Datum");
    }
}
