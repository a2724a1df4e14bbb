package de.bmas.microsite.outputs;

import de.bmas.microsite.site.Routes;
import de.bmas.microsite.content.model.Event;
import de.bmas.microsite.content.model.Person;
import de.bmas.microsite.content.model.Snapshot;
import de.bmas.microsite.site.OutputSource;
import de.bmas.microsite.site.SiteOutput;
import de.bmas.microsite.site.View;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.List;
import java.util.Objects;

import static de.bmas.microsite.outputs.XmlDocuments.add;

/**
 * {@code /programm.xml}: the schedule in the frab XML format (https://c3voc.de/schedule/schema.xsd), the older
 * sibling of {@link ScheduleJsonOutput} that many conference tools still read.
 */
@Component
class ScheduleXmlOutput implements OutputSource {


    private final Timetable timetable;
    private final SiteUrls urls;

    ScheduleXmlOutput(Timetable timetable, SiteUrls urls) {
        this.timetable = timetable;
        this.urls = urls;
    }

    @Override
    public List<SiteOutput> outputs(Snapshot snapshot, List<View> pages) {
        Schedule schedule = Schedule.of(snapshot, timetable.slots(snapshot), urls);
        Document document = XmlDocuments.create(null, "schedule");
        Element root = document.getDocumentElement();
        add(root, "url", urls.of(Routes.PROGRAMME_XML));
        add(root, "version", schedule.version());
        Element conference = add(root, "conference", null);
        add(conference, "acronym", schedule.acronym());
        add(conference, "title", schedule.title());
        add(conference, "start", schedule.date().toString());
        add(conference, "end", schedule.date().toString());
        add(conference, "days", "1");
        add(conference, "timeslot_duration", Schedule.TIMESLOT_DURATION);
        add(conference, "base_url", urls.of(Routes.HOME));
        add(conference, "url", schedule.url());
        add(conference, "time_zone_name", Event.TIME_ZONE.getId());
        schedule.tracks().forEach(track -> add(conference, "track", null).setAttribute("name", track));
        Element day = add(root, "day", null);
        day.setAttribute("index", "1");
        day.setAttribute("date", schedule.date().toString());
        day.setAttribute("start", schedule.dayStart().format(Schedule.DATE_TIME));
        day.setAttribute("end", schedule.dayEnd().format(Schedule.DATE_TIME));
        for (Schedule.Room room : schedule.rooms()) {
            Element roomElement = add(day, "room", null);
            roomElement.setAttribute("name", room.name());
            roomElement.setAttribute("guid", room.guid().toString());
            room.entries().forEach(entry -> event(roomElement, entry));
        }
        return List.of(new SiteOutput(Routes.PROGRAMME_XML, "application/xml;charset=UTF-8", XmlDocuments.bytes(document),
                schedule.lastModified()));
    }

    private static void event(Element room, Schedule.Entry entry) {
        Slot slot = entry.slot();
        Element event = add(room, "event", null);
        event.setAttribute("guid", entry.guid().toString());
        event.setAttribute("id", Integer.toString(entry.id()));
        add(event, "date", slot.start().format(Schedule.DATE_TIME));
        add(event, "start", entry.startTime());
        add(event, "duration", entry.duration());
        add(event, "room", slot.room());
        add(event, "title", slot.title());
        add(event, "type", slot.type());
        add(event, "language", slot.language());
        add(event, "track", Objects.requireNonNullElse(slot.track(), ""));
        add(event, "abstract", Objects.requireNonNullElse(slot.summary(), ""));
        String text = slot.text();
        if (text != null) {
            add(event, "description", text);
        }
        Element persons = add(event, "persons", null);
        slot.people().stream().map(Person::name).forEach(name -> add(persons, "person", name));
        add(event, "links", null);
        add(event, "url", slot.url());
    }
}
