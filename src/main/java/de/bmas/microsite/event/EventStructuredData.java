package de.bmas.microsite.event;

import de.bmas.microsite.site.Routes;
import de.bmas.microsite.content.model.Doc;
import de.bmas.microsite.content.model.Session;
import de.bmas.microsite.content.model.Timed;
import de.bmas.microsite.content.model.Event;
import de.bmas.microsite.content.model.Snapshot;
import de.bmas.microsite.MicrositeProperties;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The schema.org {@code Event} of the home page, with timed sessions as sub-events (never drafts, even in preview). */
@Component
class EventStructuredData {

    private final MicrositeProperties properties;

    EventStructuredData(MicrositeProperties properties) {
        this.properties = properties;
    }

    Map<String, Object> of(Snapshot snapshot) {
        Event event = snapshot.event().meta();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "Event");
        data.put("name", event.name());
        data.put("description", event.teaser());
        data.put("url", properties.baseUrlOrLocal() + Routes.HOME);
        data.put("startDate", moment(event.date(), event.start()));
        data.put("endDate", moment(event.date(), event.end()));
        data.put("eventStatus", "https://schema.org/EventScheduled");
        data.put("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode");
        data.put("location", location(event));
        Map<String, Object> organizer = new LinkedHashMap<>();
        organizer.put("@type", "Organization");
        organizer.put("name", event.organiser());
        data.put("organizer", organizer);
        if (event.image() != null) {
            data.put("image", properties.baseUrlOrLocal() + event.image());
        }
        List<Map<String, Object>> subEvents = snapshot.timedSessions().stream()
                .map(session -> subEvent(snapshot, session))
                .toList();
        if (!subEvents.isEmpty()) {
            data.put("subEvent", subEvents);
        }
        return data;
    }

    private Map<String, Object> subEvent(Snapshot snapshot, Doc<Session> session) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@type", "Event");
        data.put("name", session.meta().title());
        data.put("description", session.meta().teaser());
        data.put("url", properties.baseUrlOrLocal() + Routes.session(session.slug()));
        putTimes(data, snapshot.event().meta().date(), session.meta());
        data.put("location", location(snapshot.event().meta()));
        if (session.meta().language() != null) {
            data.put("inLanguage", session.meta().language());
        }
        return data;
    }

    private static void putTimes(Map<String, Object> data, LocalDate date, Timed timed) {
        data.put("startDate", moment(date, timed.start()));
        if (timed.end() != null) {
            data.put("endDate", moment(date, timed.end()));
        }
    }

    private static Map<String, Object> location(Event event) {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("@type", "PostalAddress");
        if (event.venue().street() != null) {
            address.put("streetAddress", event.venue().street());
        }
        if (event.venue().postcode() != null) {
            address.put("postalCode", event.venue().postcode());
        }
        address.put("addressLocality", event.venue().city());
        address.put("addressCountry", "DE");
        Map<String, Object> place = new LinkedHashMap<>();
        place.put("@type", "Place");
        place.put("name", event.venue().name());
        place.put("address", address);
        return place;
    }

    /** An ISO date, or date-time with the Berlin offset of that day where the time is known. */
    private static String moment(LocalDate date, LocalTime time) {
        return time == null ? date.toString()
                : date.atTime(time).atZone(Event.TIME_ZONE).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
