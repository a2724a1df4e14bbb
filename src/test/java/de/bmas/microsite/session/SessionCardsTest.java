package de.bmas.microsite.session;

import de.bmas.microsite.testing.FixtureSite;
import de.bmas.microsite.testing.RenderedPages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A session card tells when and where, as far as the session says: the room is what visitors look for. */
class SessionCardsTest extends FixtureSite {

    @Test
    void aCardShowsTimeAndRoom() {
        Document programme = RenderedPages.page(build(), "/programm");

        assertThat(programme.select(".card:has(a[href=/sessions/erste-session]) .card__meta").text())
                .endsWith("11:00–12:00 Uhr · Saal 1");
        assertThat(programme.select(".card:has(a[href=/sessions/zweite-session]) .card__meta").text())
                .doesNotContain("Uhr", "·", "null");
    }

    @Test
    void aCardWithARoomButNoTimeShowsTheRoomAlone() {
        content.replace("sessions/erste-session.md", "start: \"11:00\"\nend: \"12:00\"\n", "");

        Document sessions = RenderedPages.page(build(), "/sessions");

        assertThat(sessions.select(".card:has(a[href=/sessions/erste-session]) .card__meta").first().text())
                .endsWith("Saal 1").doesNotContain("Uhr", "·");
    }
}
