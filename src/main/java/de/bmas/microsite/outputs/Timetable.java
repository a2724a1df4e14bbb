package de.bmas.microsite.outputs;

import de.bmas.microsite.site.Routes;
import de.bmas.microsite.content.model.Doc;
import de.bmas.microsite.content.model.Event;
import de.bmas.microsite.content.model.Person;
import de.bmas.microsite.content.model.ProgrammeBlock;
import de.bmas.microsite.content.model.Session;
import de.bmas.microsite.content.source.Slugs;
import de.bmas.microsite.content.model.Snapshot;
import de.bmas.microsite.content.model.Venue;
import org.springframework.stereotype.Component;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** The timed parts of a snapshot in the order of the day, for calendar and schedule alike (never drafts). */
@Component
class Timetable {

    /** The site's language, in which the programme is held unless a session names another. */
    private static final String GERMAN = "de";

    private final SiteUrls urls;

    Timetable(SiteUrls urls) {
        this.urls = urls;
    }

    List<Slot> slots(Snapshot snapshot) {
        List<ProgrammeBlock> timedBlocks = snapshot.timedBlocks();
        List<String> blockSlugs = blockSlugs(timedBlocks);
        Stream<Slot> blocks = IntStream.range(0, timedBlocks.size())
                .mapToObj(i -> block(snapshot, timedBlocks.get(i), blockSlugs.get(i)));
        Stream<Slot> sessions = snapshot.timedSessions().stream().map(session -> session(snapshot, session));
        return Stream.concat(blocks, sessions)
                .sorted(Comparator.comparing(Slot::start).thenComparing(Slot::title))
                .toList();
    }

    /** Venue name, street, postcode and city as one line. */
    static String venueLine(Event event) {
        Venue venue = event.venue();
        return venue.name() + ", " + venue.address();
    }

    /** A clock time on the event's day, in Berlin. */
    static ZonedDateTime at(Event event, LocalTime time) {
        return time == null ? null : ZonedDateTime.of(event.date(), time, Event.TIME_ZONE);
    }

    /**
     * The title ({@code einlass}), so a block keeps its calendar UID and schedule GUID when it moves in time, and
     * subscribers' calendars move it instead of adding a second one. Blocks that share a title („Pause“ twice,
     * „Einlass“ at two doors) are numbered from the second on, in the order of programm.md ({@code einlass-2}); a
     * block added after the others leaves their ids as they were.
     */
    private static List<String> blockSlugs(List<ProgrammeBlock> blocks) {
        Set<String> taken = new HashSet<>();
        List<String> slugs = new ArrayList<>();
        for (ProgrammeBlock block : blocks) {
            String slug = Slugs.suggest(block.title());
            String unique = slug;
            for (int number = 2; !taken.add(unique); number++) {
                unique = slug + "-" + number;
            }
            slugs.add(unique);
        }
        return slugs;
    }

    private Slot block(Snapshot snapshot, ProgrammeBlock block, String slug) {
        Event event = snapshot.event().meta();
        String kind = block.kind().name().toLowerCase(Locale.ROOT);
        return new Slot(Slot.Kind.BLOCK, slug, block.title(), kind, block.text(), at(event, block.start()),
                at(event, block.end()), block.location() != null ? block.location() : event.venue().name(),
                block.location() != null ? block.location() : venueLine(event), people(snapshot, block.people()), null,
                urls.of(Routes.PROGRAMME), snapshot.programme().lastModified(), null, GERMAN);
    }

    private static List<Person> people(Snapshot snapshot, List<String> slugs) {
        return snapshot.people(slugs).stream().map(Doc::meta).toList();
    }

    private Slot session(Snapshot snapshot, Doc<Session> doc) {
        Event event = snapshot.event().meta();
        Session session = doc.meta();
        String track = session.topics().stream()
                .map(snapshot::topic)
                .flatMap(Optional::stream)
                .filter(topic -> !topic.draft())
                .map(topic -> topic.meta().title())
                .findFirst().orElse(null);
        return new Slot(Slot.Kind.SESSION, doc.slug(), session.title(), session.format(), session.teaser(),
                at(event, session.start()), at(event, session.end()),
                session.room() != null ? session.room() : event.venue().name(),
                session.room() != null ? session.room() + ", " + venueLine(event) : venueLine(event),
                people(snapshot, session.people()), track, urls.of(Routes.session(doc.slug())), doc.lastModified(),
                doc.html(), Objects.requireNonNullElse(session.language(), GERMAN));
    }
}
