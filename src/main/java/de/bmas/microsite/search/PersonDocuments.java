package de.bmas.microsite.search;

import de.bmas.microsite.content.model.Doc;
import de.bmas.microsite.content.model.Person;
import de.bmas.microsite.content.model.ProgrammeBlock;
import de.bmas.microsite.content.model.Session;
import de.bmas.microsite.content.model.Snapshot;
import de.bmas.microsite.content.model.Stand;
import de.bmas.microsite.search.SearchDocument.Kind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One document per person named in the content (sessions, programme blocks, stand visitors), found by their name,
 * their roles and where they appeared. People are told apart by the slug of their name, as their pages will be.
 */
final class PersonDocuments {

    static final String ROUTE = "/personen/";

    private final Map<String, Appearances> people = new LinkedHashMap<>();

    private PersonDocuments() {
    }

    static List<SearchDocument> of(Snapshot snapshot) {
        PersonDocuments documents = new PersonDocuments();
        snapshot.people().forEach(person -> documents.people.put(person.slug(), new Appearances(person.meta())));
        for (Doc<Session> session : snapshot.sessions()) {
            List<String> topics = snapshot.topicsOf(session).stream().map(topic -> topic.meta().title()).toList();
            session.meta().people().forEach(person -> documents.add(person, session.meta().title(), topics));
        }
        for (ProgrammeBlock block : snapshot.programme().meta().blocks()) {
            block.people().forEach(person -> documents.add(person, block.title(), List.of()));
        }
        for (Doc<Stand> stand : snapshot.stands()) {
            stand.meta().visitors().forEach(person -> documents.add(person, stand.meta().title(), List.of()));
        }
        return documents.people.entrySet().stream()
                .map(entry -> entry.getValue().document(ROUTE + entry.getKey()))
                .toList();
    }

    private void add(String slug, String appearance, List<String> topics) {
        Appearances appearances = people.get(slug);
        if (appearances != null) {
            appearances.titles.add(appearance);
            appearances.topics.addAll(topics);
        }
    }

    private static final class Appearances {
        private final String name;
        private final Set<String> roles = new LinkedHashSet<>();
        private final Set<String> titles = new LinkedHashSet<>();
        private final Set<String> topics = new LinkedHashSet<>();

        Appearances(Person person) {
            this.name = person.name();
            String role = String.join(", ",
                    Stream.of(person.role(), person.organisation()).filter(Objects::nonNull).toList());
            if (!role.isBlank()) {
                roles.add(role);
            }
        }

        SearchDocument document(String route) {
            return new SearchDocument(Kind.PERSON, route, name, String.join("; ", roles),
                    String.join(". ", titles) + ".", List.of(name), new ArrayList<>(topics));
        }
    }
}
