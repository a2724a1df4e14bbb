package de.bmas.microsite.outputs;

import de.bmas.microsite.testing.Http;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendars, draft exclusion, sharing tags and structured data of the timed test congress: 25 February is
 * winter time in Berlin (CET, UTC+1), so 10:00 there is 09:00 UTC. Its schedules are in
 * {@link TimedScheduleOutputsTest}.
 */
class TimedContentOutputsTest extends TimedContentServer {

    private static final String HOST = "@test.example.org";

    @Test
    void calendarPlacesTheEventAndEveryTimedItemInBerlinTime() throws Exception {
        Calendar calendar = Calendars.parse(Http.get(port, "/programm.ics").text());

        assertThat(calendar.<VTimeZone>getComponents(Component.VTIMEZONE)).singleElement()
                .satisfies(zone -> assertThat(zone.getTimeZoneId().getValue()).isEqualTo("Europe/Berlin"))
                .satisfies(zone -> assertThat(zone.getObservances()).as("the clock changes in force, not since 1893")
                        .extracting(Component::getName).containsExactlyInAnyOrder("DAYLIGHT", "STANDARD"))
                .satisfies(zone -> assertThat(zone.getProperty(Property.TZURL)).as("no other host to ask").isEmpty());
        Map<String, VEvent> events = Calendars.eventsByUid(calendar);
        assertThat(events).containsOnlyKeys("event-testkongress-2026" + HOST, "block-eroeffnung" + HOST,
                "block-sessions-am-vormittag" + HOST, "session-zukunft-der-arbeit" + HOST,
                "session-kurzimpuls" + HOST, "block-sessions-am-nachmittag" + HOST,
                "session-nachmittagsrunde" + HOST, "session-working-across-borders" + HOST,
                "block-abendempfang" + HOST);

        VEvent congress = events.get("event-testkongress-2026" + HOST);
        assertThat(Calendars.instant(congress, Property.DTSTART)).isEqualTo("2026-02-25T08:00:00Z");
        assertThat(Calendars.instant(congress, Property.DTEND)).isEqualTo("2026-02-25T16:00:00Z");
        assertThat(Calendars.value(congress, Property.LOCATION))
                .isEqualTo("Testhalle, Beispielstraße 1, 12345 Teststadt");

        VEvent session = events.get("session-zukunft-der-arbeit" + HOST);
        assertThat(Calendars.parameter(session, Property.DTSTART, Parameter.TZID)).isEqualTo("Europe/Berlin");
        assertThat(Calendars.value(session, Property.DTSTART)).isEqualTo("20260225T100000");
        assertThat(Calendars.instant(session, Property.DTSTART)).isEqualTo("2026-02-25T09:00:00Z");
        assertThat(Calendars.instant(session, Property.DTEND)).isEqualTo("2026-02-25T10:00:00Z");
        assertThat(Calendars.value(session, Property.SUMMARY))
                .isEqualTo("Zukunft der Arbeit: Lernen, Wandel; Wirkung");
        assertThat(Calendars.value(session, Property.LOCATION))
                .isEqualTo("Saal A, Testhalle, Beispielstraße 1, 12345 Teststadt");
        assertThat(Calendars.value(session, Property.URL)).isEqualTo(BASE + "/sessions/zukunft-der-arbeit");
        assertThat(Calendars.value(session, Property.DESCRIPTION)).startsWith("Testdaten: Eine erfundene Session");
        assertThat(Calendars.value(session, Property.DTSTAMP)).isEqualTo(
                OutputsFixture.modified(Path.of(CONTENT, "sessions/zukunft-der-arbeit.md")).replaceAll("[-:]", ""));

        VEvent withoutEnd = events.get("session-kurzimpuls" + HOST);
        assertThat(Calendars.instant(withoutEnd, Property.DTSTART)).isEqualTo("2026-02-25T10:30:00Z");
        assertThat(withoutEnd.getProperty(Property.DTEND)).isEmpty();

        VEvent elsewhere = events.get("block-abendempfang" + HOST);
        assertThat(Calendars.instant(elsewhere, Property.DTSTART)).isEqualTo("2026-02-25T17:00:00Z");
        assertThat(Calendars.value(elsewhere, Property.LOCATION))
                .isEqualTo("Testhaus am See, Seeweg 2, 12345 Teststadt");
    }

    @Test
    void longLinesAreFoldedAtOctetsNotCharacters() {
        String ics = Http.get(port, "/programm.ics").text();

        // 68 characters but 77 octets: folded, although ical4j alone would leave it on one line
        String summary = "SUMMARY:Nachmittagsrunde über Übergänge – „Wie gelingt der Wechsel?“\r\n";
        assertThat(ics).doesNotContain(summary);
        assertThat(ics.replace("\r\n ", "")).contains(summary);
    }

    @Test
    void onlyTimedPublishedSessionsHaveTheirOwnCalendar() throws Exception {
        Http.Response response = Http.get(port, "/sessions/zukunft-der-arbeit.ics");
        assertThat(response.contentType()).startsWith("text/calendar");
        Calendar calendar = Calendars.parse(response.text());
        assertThat(calendar.getComponents(Component.VTIMEZONE)).hasSize(1);
        assertThat(Calendars.eventsByUid(calendar)).containsOnlyKeys("session-zukunft-der-arbeit" + HOST);

        assertThat(Http.get(port, "/sessions/werkstatt-ohne-zeit.ics").status()).isEqualTo(404);
        assertThat(Http.get(port, "/sessions/entwurf-mit-zeit.ics").status()).isEqualTo(404);
    }

    @Test
    void sessionPagesLinkTheirCalendarOnlyWhenItExists() {
        Document timed = Jsoup.parse(Http.get(port, "/sessions/zukunft-der-arbeit").text());
        assertThat(timed.select("a[href=/sessions/zukunft-der-arbeit.ics]")).hasSize(1);

        Document untimed = Jsoup.parse(Http.get(port, "/sessions/werkstatt-ohne-zeit").text());
        assertThat(untimed.select("a[href$=.ics]")).isEmpty();
    }

    @Test
    void noDraftAppearsInAnyOutput() {
        assertThat(Http.get(port, "/sessions/entwurf-mit-zeit").status()).isEqualTo(404);
        for (String route : OutputsFixture.OUTPUTS) {
            assertThat(Http.get(port, route).text()).as(route)
                    .doesNotContain("entwurf-mit-zeit").doesNotContain("Entwurfssession");
        }
        assertThat(Http.get(port, "/").text()).doesNotContain("Entwurfssession");
    }

    @Test
    void sharingShowsThePagesOwnShareImageEvenWhereTheContentHasAnImage() {
        Document home = Jsoup.parse(Http.get(port, "/").text());
        assertThat(OutputsFixture.sharing(home))
                .containsEntry("og:image", BASE + "/teilen/index.png")
                .containsEntry("twitter:card", "summary_large_image");

        Document session = Jsoup.parse(Http.get(port, "/sessions/zukunft-der-arbeit").text());
        assertThat(OutputsFixture.sharing(session))
                .containsEntry("og:image", BASE + "/teilen/sessions/zukunft-der-arbeit.png")
                .containsEntry("og:type", "article");
        assertThat(Http.get(port, "/bilder/testbild.svg").status()).isEqualTo(200);
    }

    @Test
    void homeStructuredDataHasTimesAndTimedSessionsAsSubEvents() {
        Document home = Jsoup.parse(Http.get(port, "/").text());
        JsonNode event = json.readTree(home.selectFirst("script[type=application/ld+json]").data());

        assertThat(event.path("startDate").asString()).isEqualTo("2026-02-25T09:00:00+01:00");
        assertThat(event.path("endDate").asString()).isEqualTo("2026-02-25T17:00:00+01:00");
        assertThat(event.path("image").asString()).isEqualTo(BASE + "/bilder/testbild.svg");
        assertThat(event.path("subEvent").findValuesAsString("url")).containsExactly(
                BASE + "/sessions/zukunft-der-arbeit", BASE + "/sessions/kurzimpuls",
                BASE + "/sessions/nachmittagsrunde", BASE + "/sessions/working-across-borders");
        JsonNode session = event.path("subEvent").get(0);
        assertThat(session.path("@type").asString()).isEqualTo("Event");
        assertThat(session.path("startDate").asString()).isEqualTo("2026-02-25T10:00:00+01:00");
        assertThat(session.path("endDate").asString()).isEqualTo("2026-02-25T11:00:00+01:00");
    }
}
