package de.bmas.microsite.outputs;

import de.bmas.microsite.content.model.Session;
import de.bmas.microsite.testing.Http;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.convention.TestBean;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

/**
 * The outputs of the fictitious "Testkongress 2026" (src/test/resources/content-timed), whose blocks and sessions
 * have clock times: 25 February is winter time in Berlin (CET, UTC+1), so 10:00 there is 09:00 UTC. The site is
 * seen a week before the congress, while its pages still offer the calendars.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = {
        "microsite.content-dir=" + TimedContentOutputsTest.CONTENT,
        "microsite.base-url=" + TimedContentOutputsTest.BASE})
class TimedContentOutputsTest {

    static final String CONTENT = "src/test/resources/content-timed";
    static final String BASE = "https://test.example.org";
    private static final String HOST = "@test.example.org";

    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @TestBean
    Clock clock;

    static Clock clock() {
        return Clock.fixed(Instant.parse("2026-02-18T12:00:00Z"), ZoneOffset.UTC);
    }

    @Test
    void calendarPlacesTheEventAndEveryTimedItemInBerlinTime() throws Exception {
        Calendar calendar = Calendars.parse(Http.get(port, "/programm.ics").text());

        assertThat(calendar.<VTimeZone>getComponents(Component.VTIMEZONE)).singleElement()
                .satisfies(zone -> assertThat(zone.getTimeZoneId().getValue()).isEqualTo("Europe/Berlin"));
        Map<String, VEvent> events = Calendars.eventsByUid(calendar);
        assertThat(events).containsOnlyKeys("event-testkongress-2026" + HOST, "block-0900-eroeffnung" + HOST,
                "block-1000-sessions-am-vormittag" + HOST, "session-zukunft-der-arbeit" + HOST,
                "session-kurzimpuls" + HOST, "block-1430-sessions-am-nachmittag" + HOST,
                "session-nachmittagsrunde" + HOST, "session-working-across-borders" + HOST,
                "block-1800-abendempfang" + HOST);

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
        assertThat(Calendars.value(session, Property.DTSTAMP)).isEqualTo(ShippedContentOutputsTest
                .modified(Path.of(CONTENT, "sessions/zukunft-der-arbeit.md")).replaceAll("[-:]", ""));

        VEvent withoutEnd = events.get("session-kurzimpuls" + HOST);
        assertThat(Calendars.instant(withoutEnd, Property.DTSTART)).isEqualTo("2026-02-25T10:30:00Z");
        assertThat(withoutEnd.getProperty(Property.DTEND)).isEmpty();

        VEvent elsewhere = events.get("block-1800-abendempfang" + HOST);
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
    void scheduleJsonPutsTimedItemsIntoRoomsWithStableGuids() {
        String body = Http.get(port, "/programm.json").text();
        assertThat(Schemas.scheduleJsonErrors(body)).isEmpty();

        JsonNode day = json.readTree(body).path("schedule").path("conference").path("days").get(0);
        assertThat(day.path("day_start").asString()).isEqualTo("2026-02-25T09:00:00+01:00");
        assertThat(day.path("day_end").asString()).isEqualTo("2026-02-25T20:00:00+01:00");
        List<String> rooms = new ArrayList<>();
        day.path("rooms").propertyNames().forEach(rooms::add);
        assertThat(rooms).containsExactly("Testhalle", "Saal A", "Saal B",
                "Testhaus am See, Seeweg 2, 12345 Teststadt");

        JsonNode session = day.path("rooms").path("Saal A").get(0);
        assertThat(session.path("title").asString()).isEqualTo("Zukunft der Arbeit: Lernen, Wandel; Wirkung");
        assertThat(session.path("date").asString()).isEqualTo("2026-02-25T10:00:00+01:00");
        assertThat(OffsetDateTime.parse(session.path("date").asString()).toInstant())
                .isEqualTo("2026-02-25T09:00:00Z");
        assertThat(session.path("start").asString()).isEqualTo("10:00");
        assertThat(session.path("duration").asString()).isEqualTo("01:00");
        assertThat(session.path("end").asString()).isEqualTo("2026-02-25T11:00:00+01:00");
        assertThat(session.path("room").asString()).isEqualTo("Saal A");
        assertThat(session.path("track").asString()).isEqualTo("Arbeit von morgen");
        assertThat(session.path("url").asString()).isEqualTo(BASE + "/sessions/zukunft-der-arbeit");
        assertThat(session.path("persons").findValuesAsString("name"))
                .containsExactly("Erika Musterfrau", "Max Mustermann");
        assertThat(session.path("guid").asString()).isEqualTo(
                Uuids.v5(Uuids.URL_NAMESPACE, BASE + "/programm#session-zukunft-der-arbeit").toString());

        JsonNode withoutEnd = day.path("rooms").path("Saal B").get(0);
        assertThat(withoutEnd.path("title").asString()).isEqualTo("Kurzimpuls");
        assertThat(withoutEnd.path("duration").asString()).isEqualTo("00:00");
        assertThat(body).doesNotContain("Werkstatt ohne Uhrzeit").doesNotContain("\"Ausstellung\"");
    }

    @Test
    void scheduleXmlHasTheSameEventsAsTheJson() throws Exception {
        Http.Response xml = Http.get(port, "/programm.xml");
        Schemas.validateXml(xml.body(), Schemas.FRAB);

        Document schedule = Jsoup.parse(xml.text(), "", Parser.xmlParser());
        List<String> xmlGuids = schedule.select("day > room > event").eachAttr("guid");
        JsonNode rooms = json.readTree(Http.get(port, "/programm.json").text())
                .path("schedule").path("conference").path("days").get(0).path("rooms");
        List<String> jsonGuids = rooms.findValuesAsString("guid");
        assertThat(xmlGuids).hasSize(8).doesNotHaveDuplicates().containsExactlyElementsOf(jsonGuids);

        Element first = schedule.selectFirst("day > room > event");
        assertThat(first.selectFirst("title").text()).isEqualTo("Eröffnung");
        assertThat(first.selectFirst("date").text()).isEqualTo("2026-02-25T09:00:00+01:00");
        assertThat(first.selectFirst("start").text()).isEqualTo("09:00");
        assertThat(first.selectFirst("duration").text()).isEqualTo("00:30");
        assertThat(schedule.selectFirst("day").attr("start")).isEqualTo("2026-02-25T09:00:00+01:00");
    }

    @Test
    void anEnglishSessionIsEnglishInTheSchedulesAndTheOthersGerman() throws Exception {
        String body = Http.get(port, "/programm.json").text();
        assertThat(Schemas.scheduleJsonErrors(body)).isEmpty();
        JsonNode rooms = json.readTree(body).path("schedule").path("conference").path("days").get(0).path("rooms");
        Map<String, String> languageByTitle = new HashMap<>();
        rooms.forEach(room -> room.forEach(event ->
                languageByTitle.put(event.path("title").asString(), event.path("language").asString())));
        assertThat(languageByTitle).containsEntry("Working Across Borders", "en")
                .containsEntry("Kurzimpuls", "de").containsEntry("Eröffnung", "de");

        Http.Response xml = Http.get(port, "/programm.xml");
        Schemas.validateXml(xml.body(), Schemas.FRAB);
        Document schedule = Jsoup.parse(xml.text(), "", Parser.xmlParser());
        for (Element event : schedule.select("day > room > event")) {
            assertThat(event.selectFirst("language").text()).as(event.selectFirst("title").text())
                    .isEqualTo(languageByTitle.get(event.selectFirst("title").text()));
        }
        JsonNode home = json.readTree(Jsoup.parse(Http.get(port, "/").text())
                .selectFirst("script[type=application/ld+json]").data());
        assertThat(home.path("subEvent").findValuesAsString("inLanguage")).containsExactly("en");
    }

    @Test
    void noDraftAppearsInAnyOutput() {
        assertThat(Http.get(port, "/sessions/entwurf-mit-zeit").status()).isEqualTo(404);
        for (String route : ShippedContentOutputsTest.OUTPUTS) {
            assertThat(Http.get(port, route).text()).as(route)
                    .doesNotContain("entwurf-mit-zeit").doesNotContain("Entwurfssession");
        }
        assertThat(Http.get(port, "/").text()).doesNotContain("Entwurfssession");
    }

    @Test
    void sharingShowsThePagesOwnShareImageEvenWhereTheContentHasAnImage() {
        Document home = Jsoup.parse(Http.get(port, "/").text());
        assertThat(ShippedContentOutputsTest.sharing(home))
                .containsEntry("og:image", BASE + "/teilen/index.png")
                .containsEntry("twitter:card", "summary_large_image");

        Document session = Jsoup.parse(Http.get(port, "/sessions/zukunft-der-arbeit").text());
        assertThat(ShippedContentOutputsTest.sharing(session))
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
