package de.bmas.microsite.outputs;

import de.bmas.microsite.site.Routes;
import de.bmas.microsite.content.model.Event;
import de.bmas.microsite.content.source.Slugs;
import de.bmas.microsite.content.model.Snapshot;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The congress as conference apps read it (the C3 schedule, as JSON and as frab XML): one day, its rooms in order
 * of first use, and in them only what has a time. Without any times the day is simply empty.
 *
 * @param lastModified the newest change to the content behind the schedule, which is also its version
 * @param acronym  the event's name as the formats want it: lower case, digits and underscores
 * @param dayStart the earliest known time of the day, else midnight
 * @param dayEnd   the latest known time of the day, else the following midnight
 * @param tracks   the titles of the topics
 * @param rooms    only rooms that hold at least one entry
 */
record Schedule(Instant lastModified, String acronym, String title, String description, LocalDate date,
                ZonedDateTime dayStart, ZonedDateTime dayEnd, String url, List<String> tracks, List<Room> rooms) {

    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    static final String TIMESLOT_DURATION = "00:15";

    /** Changes whenever the content behind the schedule changes. */
    String version() {
        return lastModified.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    record Room(String name, UUID guid, List<Entry> entries) {
    }

    /**
     * One placed slot.
     *
     * @param guid a UUID v5 of the slot's address, stable across builds and unique across sites
     * @param id   the formats' older numeric id, taken from the guid so it is just as stable
     */
    record Entry(Slot slot, UUID guid, int id) {

        /** {@code HH:MM}; a slot without an end takes no time. */
        String duration() {
            Duration length = slot.end() == null ? Duration.ZERO : Duration.between(slot.start(), slot.end());
            return "%02d:%02d".formatted(length.toHours(), length.toMinutesPart());
        }

        String startTime() {
            return "%02d:%02d".formatted(slot.start().getHour(), slot.start().getMinute());
        }

        /** The end, or the start for a slot without an end. */
        ZonedDateTime endOrStart() {
            return Objects.requireNonNullElse(slot.end(), slot.start());
        }
    }

    static Schedule of(Snapshot snapshot, List<Slot> slots, SiteUrls urls) {
        Event event = snapshot.event().meta();
        Map<String, List<Entry>> byRoom = new LinkedHashMap<>();
        for (Slot slot : slots) {
            UUID guid = Uuids.v5(Uuids.URL_NAMESPACE, urls.of(Routes.PROGRAMME + "#" + slot.uid()));
            byRoom.computeIfAbsent(slot.room(), room -> new ArrayList<>())
                    .add(new Entry(slot, guid, (int) (guid.getMostSignificantBits() >>> 34) + 1));
        }
        List<Room> rooms = byRoom.entrySet().stream()
                .map(room -> new Room(room.getKey(),
                        Uuids.v5(Uuids.URL_NAMESPACE, urls.of(Routes.PROGRAMME + "#room-" + room.getKey())),
                        List.copyOf(room.getValue())))
                .toList();
        List<ZonedDateTime> times = Stream.concat(
                        Stream.of(Timetable.at(event, event.start()), Timetable.at(event, event.end())),
                        slots.stream().flatMap(slot -> Stream.of(slot.start(), slot.end())))
                .filter(Objects::nonNull)
                .toList();
        ZonedDateTime dayStart = times.stream().min(Comparator.naturalOrder())
                .orElse(event.date().atStartOfDay(Event.TIME_ZONE));
        ZonedDateTime dayEnd = times.stream().max(Comparator.naturalOrder())
                .orElse(event.date().plusDays(1).atStartOfDay(Event.TIME_ZONE));
        Instant newest = Stream.concat(Stream.of(snapshot.event().lastModified(), snapshot.programme().lastModified()),
                        slots.stream().map(Slot::lastModified))
                .max(Comparator.naturalOrder()).orElseThrow();
        List<String> tracks = snapshot.topics().stream()
                .filter(topic -> !topic.draft())
                .map(topic -> topic.meta().title())
                .toList();
        return new Schedule(newest,
                Slugs.suggest(event.name()).replace('-', '_'), event.name(), event.teaser(), event.date(),
                dayStart, dayEnd, urls.of(Routes.HOME), tracks, rooms);
    }
}
