package de.bmas.microsite.session;

import de.bmas.microsite.testing.RenderedPages;
import de.bmas.microsite.testing.ShippedSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Sessions by topic and by format: plain links to pages rendered in advance, so no JavaScript is needed. */
class SessionFiltersTest extends ShippedSite {

    @Test
    void theListOffersEveryTopicAndFormatWithItsNumberOfSessions() {
        Document list = page("/sessions");

        assertThat(list.select(".filter__group").eachText()).containsExactly("Nach Thema", "Nach Format");
        assertThat(list.select(".filter__list a").eachText()).containsExactly(
                "Aus- und Weiterbildung 1 Session", "Digitale Chancen 1 Session", "Fachkräftezuwanderung 3 Sessions",
                "Eröffnung 1 Session", "Keynote 1 Session", "Session 4 Sessions", "World Café 1 Session");
        assertThat(list.select(".filter a[aria-current=page]").text()).isEqualTo("Alle Sessions 7");
        assertThat(list.select("script:not([type=application/ld+json])")).isEmpty();
    }

    @Test
    void aTopicsPageShowsExactlyItsSessionsMarksItselfAndLeadsBack() {
        Document topic = page("/sessions/thema/fachkraeftezuwanderung");

        assertThat(topic.select("h1").text()).isEqualTo("Sessions zum Thema „Fachkräftezuwanderung“");
        assertThat(topic.select("#gefiltert").text()).isEqualTo("3 Sessions");
        assertThat(topic.select("#gefiltert ~ ul .card__link").eachText()).containsExactlyInAnyOrder(
                "Erkenntnisse & Impulse aus dem Job-Turbo", "Integration ausländischer Fachkräfte",
                "Skilled Labour: From India to Germany");
        assertThat(topic.select(".filter a[aria-current=page]").attr("href"))
                .isEqualTo("/sessions/thema/fachkraeftezuwanderung");
        assertThat(topic.select(".filter a[href=/sessions]").text()).startsWith("Alle Sessions");
        assertThat(topic.select("a.back-link").attr("href")).isEqualTo("/sessions");
        assertThat(topic.select("nav[aria-label=Hauptnavigation] a[aria-current]").attr("href")).isEqualTo("/sessions");
    }

    @Test
    void aFormatsPageShowsExactlyTheSessionsOfThatFormat() {
        Document format = page("/sessions/format/world-cafe");

        assertThat(format.select("h1").text()).isEqualTo("Session im Format „World Café“");
        assertThat(format.select("#gefiltert ~ ul .card__link").eachText()).containsExactly("KI – DIY-Style");
        assertThat(format.select(".filter a[aria-current=page]").attr("href")).isEqualTo("/sessions/format/world-cafe");
    }

    @Test
    void everyFilterLinkLeadsToARenderedPage() {
        assertThat(page("/sessions").select(".filter a").eachAttr("href"))
                .hasSize(8)
                .allSatisfy(href -> assertThat(RenderedPages.htmlRoutes(site)).contains(href));
    }
}
