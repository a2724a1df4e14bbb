package de.bmas.microsite.person;

import de.bmas.microsite.MicrositeProperties;
import de.bmas.microsite.content.model.Doc;
import de.bmas.microsite.content.model.Person;
import de.bmas.microsite.content.model.Snapshot;
import de.bmas.microsite.site.Crumbs;
import de.bmas.microsite.site.Initials;
import de.bmas.microsite.site.Routes;
import de.bmas.microsite.site.View;
import de.bmas.microsite.site.ViewMeta;
import de.bmas.microsite.site.ViewSource;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everyone the content names, alphabetically by family name, and one page per person: role and organisation as of
 * the event, and every session, programme block and stand they appear in, with their quotes.
 */
@Component
class PersonPages implements ViewSource {

    /** The people whose family names are filed under {@code letter} ({@link Initials}), for headings and jump links. */
    record Letter(String letter, List<Doc<Person>> people) implements Initials.Section {
    }

    private final MicrositeProperties properties;

    PersonPages(MicrositeProperties properties) {
        this.properties = properties;
    }

    @Override
    public List<View> pages(Snapshot snapshot) {
        if (snapshot.people().isEmpty()) {
            return List.of();
        }
        Map<String, Appearances> index = Appearances.index(snapshot);
        List<View> pages = new ArrayList<>();
        pages.add(list(snapshot));
        snapshot.people().forEach(person -> pages.add(page(snapshot, person, Appearances.of(index, person.slug()))));
        return pages;
    }

    private View list(Snapshot snapshot) {
        String description = "Alle Personen, die diese Website zur Veranstaltung „" + snapshot.event().meta().name()
                + "“ nennt, nach Nachnamen geordnet.";
        ViewMeta meta = ViewMeta.of(Crumbs.PEOPLE.label(), description, Crumbs.trail(Crumbs.PEOPLE),
                Doc.newest(snapshot.people()).orElseThrow());
        return new View(Routes.PEOPLE, "person/index", meta, Map.of("letters", letters(snapshot.people())));
    }

    private View page(Snapshot snapshot, Doc<Person> person, Appearances appearances) {
        String route = Routes.person(person.slug());
        Person meta = person.meta();
        String description = meta.name() + " beim " + snapshot.event().meta().name()
                + (meta.roleLine() != null ? ": " + meta.roleLine() : "") + ".";
        ViewMeta page = ViewMeta.of(meta.name(), description, Crumbs.trail(meta.name(), route, Crumbs.PEOPLE),
                        person.lastModified())
                .withStructuredData(List.of(structuredData(meta, route)));
        return new View(route, "person/person", page, Map.of(
                "person", person,
                "appearances", appearances,
                "event", snapshot.event()));
    }

    /** schema.org {@code Person}: the name, and role and organisation as of the event where known. */
    private Map<String, Object> structuredData(Person person, String route) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "Person");
        data.put("name", person.name());
        if (person.role() != null) {
            data.put("jobTitle", person.role());
        }
        if (person.organisation() != null) {
            Map<String, Object> organisation = new LinkedHashMap<>();
            organisation.put("@type", "Organization");
            organisation.put("name", person.organisation());
            data.put("worksFor", organisation);
        }
        data.put("url", properties.baseUrlOrLocal() + route);
        return data;
    }

    /** The people, already in German order of family names, grouped by its first letter ({@link Initials}). */
    static List<Letter> letters(List<Doc<Person>> people) {
        return Initials.group(people, person -> person.meta().familyName()).entrySet().stream()
                .map(entry -> new Letter(entry.getKey(), List.copyOf(entry.getValue())))
                .toList();
    }
}
