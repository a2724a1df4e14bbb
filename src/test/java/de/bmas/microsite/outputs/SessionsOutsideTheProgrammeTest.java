package de.bmas.microsite.outputs;

import de.bmas.microsite.site.RenderedSite;
import de.bmas.microsite.testing.FixtureSite;
import de.bmas.microsite.testing.RenderedPages;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calendar subscribers and app users see the programme the programme page shows: a timed session that no block
 * lists is in none of them (check warns about it).
 */
class SessionsOutsideTheProgrammeTest extends FixtureSite {

    @Test
    void aTimedSessionNoBlockListsIsNeitherOnTheProgrammeNorInCalendarsAndSchedules() {
        content.replace("veranstaltung.md", "date: 2025-02-25", "date: 2100-02-25"); // calendars are offered until the event
        content.write("sessions/verwaist.md", """
                ---
                title: Verwaiste Session
                format: Talk
                start: "17:00"
                end: "17:45"
                room: Raum 9
                teaser: Eine Session, die kein Programmpunkt nennt.
                ---
                Text.
                """);

        RenderedSite site = build();

        assertThat(RenderedPages.page(site, "/programm").text()).doesNotContain("Verwaiste Session");
        assertThat(RenderedPages.page(site, "/programm").text()).contains("Erste Session");
        assertThat(site.get("/sessions/verwaist.ics")).isEmpty();
        assertThat(RenderedPages.page(site, "/sessions/verwaist").select("a[href$=.ics]")).isEmpty();
        assertThat(RenderedPages.page(site, "/sessions/erste-session").select("a[href$=.ics]").attr("href"))
                .isEqualTo("/sessions/erste-session.ics");
        for (String output : List.of("/programm.ics", "/programm.json", "/programm.xml")) {
            // unfolded, as calendars fold long lines
            String text = new String(site.get(output).orElseThrow().body(), StandardCharsets.UTF_8)
                    .replace("\r\n ", "");
            assertThat(text).as(output).doesNotContain("Verwaiste Session").contains("Erste Session");
        }
    }
}
