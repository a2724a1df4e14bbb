package de.bmas.microsite.outputs;

import de.bmas.microsite.site.Routes;
import de.bmas.microsite.content.model.Doc;
import de.bmas.microsite.content.model.Event;
import de.bmas.microsite.content.source.Slugs;
import de.bmas.microsite.content.model.Snapshot;
import de.bmas.microsite.site.OutputSource;
import de.bmas.microsite.site.SiteOutput;
import de.bmas.microsite.site.View;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationResult;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code /programm.ics} with the event, every timed block and every timed session a block lists, as
 * {@code /programm} shows them, and {@code /sessions/<slug>.ics} for each of those sessions (none for the others, so
 * that address answers 404). Times are in
 * Europe/Berlin with its VTIMEZONE; UIDs come from slugs and the site's host, DTSTAMPs from the content files'
 * modification times, so the same content always gives the same bytes.
 */
@Component
class CalendarOutput implements OutputSource {

    static final String CONTENT_TYPE = "text/calendar;charset=UTF-8";
    private static final String END = "END:VCALENDAR\r\n";
    private static final ProdId PRODUCT = new ProdId("-//Microsite Engine//Microsite//DE");

    private final Timetable timetable;
    private final SiteUrls urls;
    private final VTimeZone berlin = inForce(TimeZoneRegistryFactory.getInstance().createRegistry()
            .getTimeZone(Event.TIME_ZONE.getId()).getVTimeZone());

    CalendarOutput(Timetable timetable, SiteUrls urls) {
        this.timetable = timetable;
        this.urls = urls;
    }

    /**
     * The zone's observances by a rule without an end, the clock changes in force (in Berlin since 1996): the
     * registry's zone has its whole history since 1893 besides, over a hundred lines in every calendar file that no
     * event date needs. Without the name of the time before that history, and without the address of tzurl.org,
     * from which a calendar app might fetch the zone: a visitor's app need ask no other host.
     */
    private static VTimeZone inForce(VTimeZone zone) {
        List<Observance> rules = zone.getObservances().stream()
                .filter(observance -> observance.<RRule<?>>getProperty(Property.RRULE)
                        .filter(rule -> rule.getRecur().getUntil() == null).isPresent())
                .toList();
        PropertyList properties = new PropertyList(
                zone.getPropertyList().removeAll(Property.TZURL, "X-PROLEPTIC-TZNAME").getAll());
        return new VTimeZone(properties, new ComponentList<>(rules));
    }

    @Override
    public List<SiteOutput> outputs(Snapshot snapshot, List<View> pages) {
        List<Slot> slots = timetable.slots(snapshot);
        List<VEvent> events = new ArrayList<>();
        events.add(event(snapshot.event()));
        slots.forEach(slot -> events.add(event(slot)));
        // every session's own calendar holds one of these events and the same calendar properties, so checking
        // the whole programme checks them all
        ValidationResult result = calendar(events).validate();
        if (result.hasErrors()) {
            throw new IllegalStateException("Generated an invalid calendar: " + result);
        }
        // ical4j writes a calendar as its head (properties and time zone), its events and END: writing the head
        // and each event once for the programme and the sessions' own files saves half the time of a large site
        String head = calendar(List.of()).toString().replace(END, "");
        String eventText = events.get(0).toString();
        List<String> slotTexts = events.subList(1, events.size()).stream().map(VEvent::toString).toList();
        Instant newest = Stream.concat(Stream.of(snapshot.event().lastModified()),
                        slots.stream().map(Slot::lastModified))
                .max(Comparator.naturalOrder()).orElseThrow();
        List<SiteOutput> outputs = new ArrayList<>();
        String programme = head + eventText + String.join("", slotTexts) + END;
        outputs.add(new SiteOutput(Routes.PROGRAMME_CALENDAR, CONTENT_TYPE, bytes(programme), newest));
        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            if (slot.kind() == Slot.Kind.SESSION) {
                outputs.add(new SiteOutput(Routes.sessionCalendar(slot.slug()), CONTENT_TYPE,
                        bytes(head + slotTexts.get(i) + END), slot.lastModified()));
            }
        }
        return outputs;
    }

    /** The whole event: timed where its hours are known, else all day. */
    private VEvent event(Doc<Event> doc) {
        Event event = doc.meta();
        VEvent vevent;
        if (event.start() == null) {
            vevent = new VEvent(event.date(), event.date().plusDays(1), event.name());
        } else if (event.end() == null) {
            vevent = new VEvent(Timetable.at(event, event.start()), event.name());
        } else {
            vevent = new VEvent(Timetable.at(event, event.start()), Timetable.at(event, event.end()), event.name());
        }
        return describe(vevent, "event-" + Slugs.suggest(event.name()), doc.lastModified(), event.teaser(),
                Timetable.venueLine(event), urls.of(Routes.HOME));
    }

    private VEvent event(Slot slot) {
        VEvent vevent = slot.end() == null ? new VEvent(slot.start(), slot.title())
                : new VEvent(slot.start(), slot.end(), slot.title());
        return describe(vevent, slot.uid(), slot.lastModified(), slot.summary(), slot.location(), slot.url());
    }

    private VEvent describe(VEvent vevent, String uid, Instant stamp, String description, String location,
                            String url) {
        // the constructor stamps the current time; the content's time keeps the bytes stable
        vevent.replace(new DtStamp(stamp.truncatedTo(ChronoUnit.SECONDS)));
        vevent.add(new Uid(uid + "@" + urls.host()));
        if (description != null) {
            vevent.add(new Description(description));
        }
        vevent.add(new Location(location));
        vevent.add(new Url(URI.create(url)));
        return vevent;
    }

    private Calendar calendar(List<VEvent> events) {
        Calendar calendar = new Calendar();
        calendar.add(PRODUCT);
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(berlin);
        events.forEach(calendar::add);
        return calendar;
    }

    private static byte[] bytes(String calendar) {
        return ContentLines.fold(calendar).getBytes(StandardCharsets.UTF_8);
    }
}
