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

import java.util.List;
import java.util.Map;

import static de.bmas.microsite.outputs.OutputsFixture.modified;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar and schedules of the shipped report, which knows no clock times: the event all day at its venue,
 * valid schedules with an empty day, no calendar per session, and a programme page that no longer offers them.
 */
class ShippedProgrammeFilesTest extends ShippedContentServer {

    @Test
    void calendarHasTheEventAllDayAtItsVenue() throws Exception {
        Http.Response response = Http.get(port, "/programm.ics");
        assertThat(response.contentType()).startsWith("text/calendar");

        Calendar calendar = Calendars.parse(response.text());
        assertThat(calendar.<VTimeZone>getComponents(Component.VTIMEZONE)).singleElement()
                .satisfies(zone -> assertThat(zone.getTimeZoneId().getValue()).isEqualTo("Europe/Berlin"));
        Map<String, VEvent> events = Calendars.eventsByUid(calendar);
        assertThat(events).containsOnlyKeys("event-fachkraeftekongress-2025@kongress.example.org");
        VEvent event = events.values().iterator().next();
        assertThat(Calendars.value(event, Property.DTSTART)).isEqualTo("20250225");
        assertThat(Calendars.parameter(event, Property.DTSTART, Parameter.VALUE)).isEqualTo("DATE");
        assertThat(Calendars.value(event, Property.DTEND)).isEqualTo("20250226");
        assertThat(Calendars.value(event, Property.SUMMARY)).isEqualTo("Fachkräftekongress 2025");
        assertThat(Calendars.value(event, Property.LOCATION))
                .isEqualTo("Cafe Moskau, Karl-Marx-Allee 34, 10178 Berlin");
        assertThat(Calendars.value(event, Property.URL)).isEqualTo(BASE + "/");
        assertThat(Calendars.value(event, Property.DESCRIPTION)).startsWith("Rückblick auf den Fachkräftekongress");
        assertThat(Calendars.value(event, Property.DTSTAMP))
                .isEqualTo(modified(CONTENT.resolve("veranstaltung.md")).replaceAll("[-:]", ""));
    }

    @Test
    void sessionsWithoutTimeHaveNoCalendarAndNoLinkToOne() {
        for (String slug : slugs("sessions")) {
            assertThat(Http.get(port, "/sessions/" + slug + ".ics").status()).as(slug).isEqualTo(404);
            assertThat(Jsoup.parse(Http.get(port, "/sessions/" + slug).text()).select("a[href$=.ics]"))
                    .as(slug).isEmpty();
        }
    }

    @Test
    void theProgrammeOfThePastCongressOffersNoCalendarOrScheduleButTheFilesStay() {
        Document programme = Jsoup.parse(Http.get(port, "/programm").text());

        assertThat(programme.select("main a[href]").eachAttr("href"))
                .noneMatch(href -> href.startsWith("/programm."));
        assertThat(programme.text()).doesNotContain("in den Kalender übernehmen").doesNotContain("Konferenz-Apps");
        for (String route : List.of("/programm.ics", "/programm.json", "/programm.xml")) {
            assertThat(Http.get(port, route).status()).as(route).isEqualTo(200);
        }
    }

    @Test
    void scheduleJsonIsValidWithAnEmptyDay() {
        Http.Response response = Http.get(port, "/programm.json");
        assertThat(response.contentType()).startsWith("application/json");

        assertThat(Schemas.scheduleJsonErrors(response.text())).isEmpty();
        JsonNode conference = json.readTree(response.text()).path("schedule").path("conference");
        assertThat(conference.path("acronym").asString()).isEqualTo("fachkraeftekongress_2025");
        assertThat(conference.path("time_zone_name").asString()).isEqualTo("Europe/Berlin");
        assertThat(conference.path("days")).singleElement().satisfies(day -> {
            assertThat(day.path("date").asString()).isEqualTo("2025-02-25");
            assertThat(day.path("rooms").isEmpty()).isTrue();
        });
    }

    @Test
    void scheduleXmlIsValidWithAnEmptyDay() throws Exception {
        Http.Response response = Http.get(port, "/programm.xml");
        assertThat(response.contentType()).startsWith("application/xml");
        Document schedule = Schemas.validXml(response.body(), Schemas.FRAB);
        assertThat(schedule.select("schedule > day")).singleElement()
                .satisfies(day -> assertThat(day.attr("date")).isEqualTo("2025-02-25"))
                .satisfies(day -> assertThat(day.children()).isEmpty());
    }
}
