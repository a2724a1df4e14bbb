package de.bmas.microsite.outputs;

import de.bmas.microsite.testing.Http;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The C3 JSON and frab XML schedules of the timed test congress, for conference apps: the timed items in their
 * rooms with stable GUIDs, the same events in both files, each in its session's language.
 */
class TimedScheduleOutputsTest extends TimedContentServer {

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
        Document schedule = Schemas.validXml(xml.body(), Schemas.FRAB);
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
        Document schedule = Schemas.validXml(xml.body(), Schemas.FRAB);
        for (Element event : schedule.select("day > room > event")) {
            assertThat(event.selectFirst("language").text()).as(event.selectFirst("title").text())
                    .isEqualTo(languageByTitle.get(event.selectFirst("title").text()));
        }
        JsonNode home = json.readTree(Jsoup.parse(Http.get(port, "/").text())
                .selectFirst("script[type=application/ld+json]").data());
        assertThat(home.path("subEvent").findValuesAsString("inLanguage")).containsExactly("en");
    }
}
