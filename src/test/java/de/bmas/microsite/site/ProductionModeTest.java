package de.bmas.microsite.site;

import de.bmas.microsite.testing.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** In production, drafts do not exist anywhere, and editors' markers stay hidden from visitors. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "microsite.preview=false")
class ProductionModeTest extends DraftSite {

    @Autowired
    SiteHolder holder;

    @Test
    void draftsAreNotFound() {
        for (String route : DraftContent.DRAFT_ROUTES) {
            assertThat(Http.get(port, route).status()).as(route).isEqualTo(404);
        }
    }

    @Test
    void draftsAreAbsentFromEveryPageListAndNavigation() {
        for (String route : List.of("/", "/programm", "/sessions", "/themen", "/themen/arbeit", "/infostand",
                "/impressum", "/sessions/erste-session")) {
            Http.Response response = Http.get(port, route);
            assertThat(response.status()).as(route).isEqualTo(200);
            assertThat(response.text()).as(route).doesNotContain(DraftContent.SECRET).doesNotContain("Entwurf");
        }
    }

    @Test
    void noResponseOfTheSiteMentionsADraft() {
        // covers every output too (sitemap, feeds, calendars), whatever outputs the site has
        assertThat(holder.current().rendered().responses()).isNotEmpty().allSatisfy(resource ->
                assertThat(new String(resource.body(), StandardCharsets.UTF_8)).as(resource.route())
                        .doesNotContain(DraftContent.SECRET));
    }

    @Test
    void placeholderMarkerIsForEditorsOnly() {
        assertThat(Http.get(port, "/impressum").text()).doesNotContain("Platzhalter");
    }
}
