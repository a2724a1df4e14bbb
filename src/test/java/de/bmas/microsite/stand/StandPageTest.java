package de.bmas.microsite.stand;

import de.bmas.microsite.testing.ShippedSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StandPageTest extends ShippedSite {

    @Test
    void namesTheVisitorsOfTheStandWithTheirRoles() {
        Document stand = page("/my-turn");

        assertThat(stand.select(".people__person").eachText())
                .anySatisfy(visitor -> assertThat(visitor).startsWith("Cem Özdemir").contains("Bundesminister"))
                .anySatisfy(visitor -> assertThat(visitor).startsWith("Leonie Gebers").contains("Staatssekretärin"))
                .anySatisfy(visitor -> assertThat(visitor).startsWith("Rolf Schmachtenberg")
                        .contains("Staatssekretär"));
    }

    /** The stand lists exactly the sessions that name it in their field „stands“. */
    @Test
    void listsExactlyTheSessionsThatNameTheStand() {
        Document stand = page("/my-turn");

        assertThat(stand.select("#relevante-sessions ~ ul .card__link").eachText()).containsExactlyInAnyOrder(
                "Empowerment für weibliche Fachkräfte",
                "Integration ausländischer Fachkräfte",
                "Erkenntnisse & Impulse aus dem Job-Turbo");
    }

    @Test
    void aRelevantSessionNamesAndLinksItsStand() {
        Document session = page("/sessions/integration-auslaendischer-fachkraefte");

        assertThat(session.select(".article-header__kicker .tag--feature").text()).isEqualTo("Relevant für MY TURN");
        assertThat(session.select(".details__item:has(dt:contains(Relevant für)) a").attr("href")).isEqualTo("/my-turn");
        assertThat(page("/sessions/ki-diy-style").select(".tag--feature, dt:contains(Relevant für)")).isEmpty();
        assertThat(page("/sessions").select(".card:has(a[href=/sessions/eroeffnung]) .tag--feature")).isEmpty();
    }
}
