package de.bmas.microsite.outputs;

import de.bmas.microsite.site.Routes;
import de.bmas.microsite.content.model.Event;
import de.bmas.microsite.content.model.Snapshot;
import com.fasterxml.jackson.annotation.JsonProperty;
import de.bmas.microsite.site.OutputSource;
import de.bmas.microsite.site.SiteOutput;
import de.bmas.microsite.site.View;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /programm.json}: the schedule in the C3 schedule JSON format (https://c3voc.de/schedule/schema.json),
 * which conference apps such as Giggity or EventFahrplan read.
 */
@Component
class ScheduleJsonOutput implements OutputSource {

    private static final String SCHEMA = "https://c3voc.de/schedule/schema.json";

    private final Timetable timetable;
    private final SiteUrls urls;
    private final JsonMapper json = JsonMapper.builder().build();

    ScheduleJsonOutput(Timetable timetable, SiteUrls urls) {
        this.timetable = timetable;
        this.urls = urls;
    }

    @Override
    public List<SiteOutput> outputs(Snapshot snapshot, List<View> pages) {
        Schedule schedule = Schedule.of(snapshot, timetable.slots(snapshot), urls);
        Map<String, List<EventJson>> rooms = new LinkedHashMap<>();
        schedule.rooms().forEach(room -> rooms.put(room.name(),
                room.entries().stream().map(entry -> event(schedule, entry)).toList()));
        String date = schedule.date().toString();
        Conference conference = new Conference(schedule.acronym(), schedule.title(), schedule.description(), date,
                date, 1, Schedule.TIMESLOT_DURATION, Event.TIME_ZONE.getId(), schedule.url(),
                schedule.tracks().stream().map(Track::new).toList(),
                schedule.rooms().stream().map(room -> new RoomJson(room.name(), room.guid().toString())).toList(),
                List.of(new Day(1, date, schedule.dayStart().format(Schedule.DATE_TIME),
                        schedule.dayEnd().format(Schedule.DATE_TIME), rooms)));
        Root root = new Root(SCHEMA, new ScheduleJson(schedule.version(), urls.of(Routes.HOME), conference));
        byte[] body = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        return List.of(new SiteOutput(Routes.PROGRAMME_JSON, "application/json", body, schedule.lastModified()));
    }

    /** The slug is prefixed with the acronym, as frab and pretalx do, so it is unique across conferences. */
    private static EventJson event(Schedule schedule, Schedule.Entry entry) {
        Slot slot = entry.slot();
        return new EventJson(entry.guid().toString(), entry.id(), slot.start().format(Schedule.DATE_TIME),
                entry.startTime(), entry.endOrStart().format(Schedule.DATE_TIME), entry.duration(), slot.room(),
                schedule.acronym() + "-" + slot.slug(), slot.url(), slot.title(), null, slot.track(), slot.type(),
                slot.language(), slot.summary(), slot.text(),
                slot.people().stream().map(person -> new PersonJson(person.name())).toList(), List.of());
    }

    private record Root(@JsonProperty("$schema") String schema, ScheduleJson schedule) {
    }

    private record ScheduleJson(String version, @JsonProperty("base_url") String baseUrl, Conference conference) {
    }

    private record Conference(String acronym, String title, String description, String start, String end,
                              int daysCount, @JsonProperty("timeslot_duration") String timeslotDuration,
                              @JsonProperty("time_zone_name") String timeZoneName, String url, List<Track> tracks,
                              List<RoomJson> rooms, List<Day> days) {
    }

    private record Track(String name) {
    }

    private record RoomJson(String name, String guid) {
    }

    private record Day(int index, String date, @JsonProperty("day_start") String dayStart,
                       @JsonProperty("day_end") String dayEnd, Map<String, List<EventJson>> rooms) {
    }

    private record EventJson(String guid, int id, String date, String start, String end, String duration,
                             String room, String slug, String url, String title, String subtitle, String track,
                             String type, String language, @JsonProperty("abstract") String summary,
                             String description, List<PersonJson> persons, List<Object> links) {
    }

    /** The pretalx form of a person, just a name: the content has no ids for people. */
    private record PersonJson(String name) {
    }
}
