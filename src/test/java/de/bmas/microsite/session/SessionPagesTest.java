package de.bmas.microsite.session;

import de.bmas.microsite.testing.ShippedSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SessionPagesTest extends ShippedSite {

    @Test
    void aSessionReportShowsItsQuoteWithTheSpeaker() {
        Document session = page("/sessions/keynote-steffi-jones");

        assertThat(session.select(".quote__text").eachText()).contains("„Vor Erfolg steht Mut“");
        assertThat(session.select(".quote__person a").eachText()).contains("Steffi Jones");
        assertThat(session.select(".people__name").eachText()).contains("Steffi Jones");
    }

    @Test
    void aSessionNamesTheDayWithItsWeekdayAsHomeAndProgrammeDo() {
        String day = page("/sessions/keynote-steffi-jones").select(".details time").text();

        assertThat(day).isEqualTo("Dienstag, 25. Februar 2025");
        assertThat(page("/").select(".facts time").text()).isEqualTo(day);
        assertThat(page("/programm").select(".meta-line time").text()).isEqualTo(day);
    }

    @Test
    void aSessionWithoutTimeAndRoomShowsNoEmptyLabels() {
        Document session = page("/sessions/ki-diy-style");

        assertThat(session.select(".details dt").eachText()).doesNotContain("Raum", "Uhrzeit");
        assertThat(session.select("main").text()).doesNotContain(" Uhr", "null");
        assertThat(session.select(".details dd")).isNotEmpty()
                .allSatisfy(value -> assertThat(value.text()).isNotBlank());
        assertThat(session.select("a[href$=.ics]")).isEmpty();
    }

    @Test
    void theListGroupsSessionsByTopicWithoutJavaScript() {
        Document list = page("/sessions");

        assertThat(list.select("#thema-fachkraeftezuwanderung .card__link").eachText())
                .contains("Skilled Labour: From India to Germany");
        assertThat(list.select(".filter a[href=/sessions/thema/digitale-chancen]")).hasSize(1);
        assertThat(list.select("script:not([type=application/ld+json])")).isEmpty();
    }

    @Test
    void relatedSessionsShareATopic() {
        Document session = page("/sessions/skilled-labour-from-india-to-germany");

        // its topics are Fachkräftezuwanderung, which two other sessions have, and Aus- und Weiterbildung, no other
        assertThat(session.select("#verwandt ~ ul .card__link").eachText()).containsExactlyInAnyOrder(
                "Integration ausländischer Fachkräfte", "Erkenntnisse & Impulse aus dem Job-Turbo");
    }
}
