package de.bmas.microsite.outputs;

import de.bmas.microsite.testing.Http;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static de.bmas.microsite.outputs.OutputsFixture.sharing;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The structured data and sharing tags of the shipped report's pages, with absolute URLs: a JSON-LD event,
 * OpenGraph and Twitter tags and the canonical link on the home page, a breadcrumb list on inner pages.
 */
class ShippedPageMetadataTest extends ShippedContentServer {

    @Test
    void homePageDescribesTheEventAsStructuredData() {
        Document home = Jsoup.parse(Http.get(port, "/").text());

        assertThat(home.select("script")).singleElement()
                .satisfies(script -> assertThat(script.attr("type")).isEqualTo("application/ld+json"));
        JsonNode event = json.readTree(home.selectFirst("script").data());
        assertThat(event.path("@context").asString()).isEqualTo("https://schema.org");
        assertThat(event.path("@type").asString()).isEqualTo("Event");
        assertThat(event.path("name").asString()).isEqualTo("Fachkräftekongress 2025");
        assertThat(event.path("startDate").asString()).isEqualTo("2025-02-25");
        assertThat(event.path("endDate").asString()).isEqualTo("2025-02-25");
        assertThat(event.path("eventStatus").asString()).isEqualTo("https://schema.org/EventScheduled");
        assertThat(event.path("eventAttendanceMode").asString())
                .isEqualTo("https://schema.org/OfflineEventAttendanceMode");
        assertThat(event.path("description").asString()).isNotBlank();
        assertThat(event.path("organizer").path("name").asString())
                .isEqualTo("Bundesministerium für Arbeit und Soziales (BMAS)");
        JsonNode location = event.path("location");
        assertThat(location.path("@type").asString()).isEqualTo("Place");
        assertThat(location.path("name").asString()).isEqualTo("Cafe Moskau");
        assertThat(location.path("address").path("@type").asString()).isEqualTo("PostalAddress");
        assertThat(location.path("address").path("streetAddress").asString()).isEqualTo("Karl-Marx-Allee 34");
        assertThat(location.path("address").path("postalCode").asString()).isEqualTo("10178");
        assertThat(location.path("address").path("addressLocality").asString()).isEqualTo("Berlin");
        assertThat(event.has("subEvent")).as("no session has a time").isFalse();
        assertThat(sharing(home)).containsEntry("og:title", "Fachkräftekongress 2025")
                .containsEntry("og:type", "website")
                .containsEntry("og:url", BASE + "/")
                .containsEntry("og:locale", "de_DE")
                .containsEntry("og:site_name", "Fachkräftekongress 2025")
                .containsEntry("twitter:card", "summary_large_image")
                .containsKey("og:description")
                .containsEntry("og:image", BASE + "/teilen/index.png");
        assertThat(home.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(BASE + "/");
    }

    @Test
    void innerPagesCarryABreadcrumbList() {
        Document page = Jsoup.parse(Http.get(port, "/sessions/ki-diy-style").text());

        JsonNode crumbs = json.readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertThat(crumbs.path("@type").asString()).isEqualTo("BreadcrumbList");
        List<String> items = new ArrayList<>();
        crumbs.path("itemListElement").forEach(item -> {
            assertThat(item.path("position").asInt()).isEqualTo(items.size() + 1);
            items.add(item.path("item").asString());
        });
        assertThat(items).containsExactly(BASE + "/", BASE + "/sessions", BASE + "/sessions/ki-diy-style");
        assertThat(sharing(page)).containsEntry("og:type", "article")
                .containsEntry("og:url", BASE + "/sessions/ki-diy-style");
    }
}
