package de.bmas.microsite.site;

import de.bmas.microsite.testing.Http;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * In preview mode, editors see their drafts, marked „Entwurf“, pages still marked as placeholders, and on every page
 * the preview bar with the way to the guide and the script that refreshes the page, which the security policy
 * allows in preview mode alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "microsite.preview=true")
class PreviewModeTest extends DraftSite {

    @Test
    void draftPagesShowWithTheDraftNotice() {
        for (String route : DraftContent.DRAFT_ROUTES) {
            Http.Response response = Http.get(port, route);
            assertThat(response.status()).as(route).isEqualTo(200);
            assertThat(Jsoup.parse(response.text()).select("main .notice--draft").text()).as(route)
                    .startsWith("Entwurf:");
        }
    }

    @Test
    void draftsAreListedWithTheirMark() {
        assertMarkedCards("/sessions", "Geheime Entwurfssession");
        assertMarkedCards("/themen", "Geheimes Entwurfsthema");
        assertMarkedCards("/themen/arbeit", "Geheime Entwurfssession");
        assertThat(page("/").select(".main-nav").text()).contains("Geheimer Stand");
    }

    @Test
    void publishedPagesCarryNoDraftNotice() {
        assertThat(page("/sessions/erste-session").select(".notice--draft")).isEmpty();
    }

    @Test
    void placeholderPageIsMarkedForEditors() {
        assertThat(page("/impressum").select("main .notice--placeholder").text()).startsWith("Platzhalter:");
        assertThat(page("/sessions/erste-session").select(".notice--placeholder")).isEmpty();
    }

    @Test
    void aPageCarriesThePreviewBarAndTheRefreshScriptThatThePolicyAllows() {
        Http.Response response = Http.get(port, "/sessions/erste-session");
        Document page = Jsoup.parse(response.text());

        assertThat(page.select(".preview-bar a[href=/_vorschau/anleitung]").text())
                .isEqualTo("Anleitung für die Redaktion");
        assertThat(page.select(".preview-bar summary").text()).startsWith("1 Warnung");
        String script = page.select("script[src]").attr("src");
        assertThat(script).matches("/assets/vorschau\\.[0-9a-f]{12}\\.js");
        assertThat(Http.get(port, script).headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).contains("javascript"));
        assertThat(page.select("script:not([src]):not([type=application/ld+json])")).as("no inline script").isEmpty();
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).startsWith("default-src 'none'; script-src 'self';")
                        .contains("connect-src 'self'"));
        assertThat(Http.get(port, "/_vorschau/anleitung").status()).isEqualTo(200);
    }

    private void assertMarkedCards(String route, String title) {
        Elements cards = page(route).select(".card:contains(" + title + ")");
        assertThat(cards).as(route).isNotEmpty()
                .allSatisfy(card -> assertThat(card.select(".tag--draft").text()).isEqualTo("Entwurf"));
    }

    private Document page(String route) {
        Http.Response response = Http.get(port, route);
        assertThat(response.status()).as(route).isEqualTo(200);
        return Jsoup.parse(response.text());
    }
}
