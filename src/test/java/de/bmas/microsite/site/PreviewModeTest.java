package de.bmas.microsite.site;

import de.bmas.microsite.content.ContentFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** In preview mode, editors see their drafts, marked „Entwurf“, and pages still marked as placeholders. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "microsite.watch=true")
class PreviewModeTest {

    private static final Path DIR = ContentFixture.newBuildDir();

    @DynamicPropertySource
    static void content(DynamicPropertyRegistry registry) {
        DraftContent.addTo(ContentFixture.copyInto(DIR));
        registry.add("microsite.content-dir", DIR::toString);
    }

    @LocalServerPort
    int port;

    @Test
    void draftPagesShowWithTheDraftNotice() throws Exception {
        for (String route : DraftContent.DRAFT_ROUTES) {
            HttpResponse<String> response = DraftContent.get(port, route);
            assertThat(response.statusCode()).as(route).isEqualTo(200);
            assertThat(Jsoup.parse(response.body()).select("main .notice--draft").text()).as(route)
                    .startsWith("Entwurf:");
        }
    }

    @Test
    void draftsAreListedWithTheirMark() throws Exception {
        assertMarkedCards("/sessions", "Geheime Entwurfssession");
        assertMarkedCards("/themen", "Geheimes Entwurfsthema");
        assertMarkedCards("/themen/arbeit", "Geheime Entwurfssession");
        assertThat(page("/").select(".main-nav").text()).contains("Geheimer Stand");
    }

    @Test
    void publishedPagesCarryNoDraftNotice() throws Exception {
        assertThat(page("/sessions/erste-session").select(".notice--draft")).isEmpty();
    }

    @Test
    void placeholderPageIsMarkedForEditors() throws Exception {
        assertThat(page("/impressum").select("main .notice--placeholder").text()).startsWith("Platzhalter:");
        assertThat(page("/sessions/erste-session").select(".notice--placeholder")).isEmpty();
    }

    private void assertMarkedCards(String route, String title) throws Exception {
        Elements cards = page(route).select(".card:contains(" + title + ")");
        assertThat(cards).as(route).isNotEmpty()
                .allSatisfy(card -> assertThat(card.select(".tag--draft").text()).isEqualTo("Entwurf"));
    }

    private Document page(String route) throws Exception {
        HttpResponse<String> response = DraftContent.get(port, route);
        assertThat(response.statusCode()).as(route).isEqualTo(200);
        return Jsoup.parse(response.body());
    }
}
