package de.bmas.microsite.stand;

import de.bmas.microsite.testing.WebPage;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StandPageTest {

    @LocalServerPort
    int port;

    @Test
    void namesTheVisitorsOfTheStandWithTheirRoles() {
        Document stand = WebPage.parse(port, "/my-turn");

        assertThat(stand.select(".people__person").eachText())
                .anySatisfy(visitor -> assertThat(visitor).startsWith("Cem Özdemir").contains("Bundesminister"))
                .anySatisfy(visitor -> assertThat(visitor).startsWith("Leonie Gebers"))
                .anySatisfy(visitor -> assertThat(visitor).startsWith("Rolf Schmachtenberg"));
    }

    @Test
    void linksTheThreeSessionsRelevantForMyTurn() {
        Document stand = WebPage.parse(port, "/my-turn");

        assertThat(stand.select("#relevante-sessions ~ ul .card__link").eachText()).containsExactlyInAnyOrder(
                "Empowerment für weibliche Fachkräfte",
                "Integration ausländischer Fachkräfte",
                "Erkenntnisse & Impulse aus dem Job-Turbo");
    }
}
