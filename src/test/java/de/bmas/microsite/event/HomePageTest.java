package de.bmas.microsite.event;

import de.bmas.microsite.testing.WebPage;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The facts of the seed article are what a visitor sees first. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HomePageTest {

    @LocalServerPort
    int port;

    @Test
    void showsMottoDateVenueAndKeyFigures() {
        Document home = WebPage.parse(port, "/");

        assertThat(home.select(".hero__motto").text()).isEqualTo("Mehr Power fürs Fachkräfteland!");
        assertThat(home.select("time[datetime=2025-02-25]").text()).isEqualTo("Dienstag, 25. Februar 2025");
        assertThat(home.text()).contains("Cafe Moskau", "Karl-Marx-Allee 34, 10178 Berlin");
        assertThat(home.select(".figures__item").eachText())
                .containsExactly("rund 700 Teilnehmende", "mehr als 20 Sessions", "21 Ausstellende");
    }

    @Test
    void leadsOnToTopicsHighlightsProgrammeSessionsAndTheStand() {
        Document home = WebPage.parse(port, "/");

        assertThat(home.select("#themen ~ ul a[href^=/themen/]")).hasSize(4);
        assertThat(home.select("#hoehepunkte ~ ul a[href^=/sessions/]")).isNotEmpty();
        assertThat(home.select("main a[href=/programm]")).isNotEmpty();
        assertThat(home.select("main a[href=/sessions]")).isNotEmpty();
        assertThat(home.select("main a[href=/my-turn]")).isNotEmpty();
    }
}
