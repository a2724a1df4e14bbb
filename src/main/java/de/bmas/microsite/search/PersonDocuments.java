package de.bmas.microsite.search;

import de.bmas.microsite.content.model.Doc;
import de.bmas.microsite.content.model.Event;
import de.bmas.microsite.content.model.Person;
import de.bmas.microsite.content.model.ProgrammeBlock;
import de.bmas.microsite.content.model.Quote;
import de.bmas.microsite.content.model.Session;
import de.bmas.microsite.content.model.Snapshot;
import de.bmas.microsite.content.model.Stand;
import de.bmas.microsite.search.SearchDocument.Kind;
import de.bmas.microsite.site.Routes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One document per person file, at the person's page: found by the name, role and organisation, the person's own
 * text, and where the person appeared (sessions with their topics, programme blocks, stands, quotes), as the page
 * lists them. The appearances are collected in one pass over the content, not per person.
 */
final class PersonDocuments {

    private final Map<String, Appearances> bySlug = new HashMap<>();

    private PersonDocuments() {
    }

    static List<SearchDocument> of(Snapshot snapshot) {
        PersonDocuments appearances = new PersonDocuments();
        appearances.collect(snapshot);
        return snapshot.people().stream()
                .map(person -> appearances.document(person, appearances.bySlug.get(person.slug())))
                .toList();
    }

    private void collect(Snapshot snapshot) {
        for (Doc<Session> session : snapshot.sessions()) {
            List<String> topics = snapshot.topicsOf(session).stream().map(topic -> topic.meta().title()).toList();
            session.meta().people().forEach(slug -> at(slug).appeared(session.meta().title(), topics));
            for (Quote quote : session.meta().quotes()) {
                at(quote.person()).said.add("„" + quote.text() + "“");
            }
        }
        for (ProgrammeBlock block : snapshot.programme().meta().blocks()) {
            block.people().forEach(slug -> at(slug).appeared(block.title(), List.of()));
        }
        for (Doc<Stand> stand : snapshot.stands()) {
            stand.meta().visitors().forEach(slug -> at(slug).appeared(stand.meta().title(), List.of()));
        }
        Event event = snapshot.event().meta();
        event.moderators().forEach(slug -> at(slug).appeared("Moderation des Tages", List.of()));
    }

    private Appearances at(String slug) {
        return bySlug.computeIfAbsent(slug, any -> new Appearances());
    }

    private SearchDocument document(Doc<Person> person, Appearances appearances) {
        Person meta = person.meta();
        Appearances found = appearances == null ? new Appearances() : appearances;
        // the topics of the person's sessions are text, not a field of the person's own: a page about a topic
        // comes before everyone who spoke in one of its sessions
        String body = SnapshotDocuments.join(SnapshotDocuments.text(person.html()),
                SnapshotDocuments.join(found.titles.stream()), SnapshotDocuments.join(found.said.stream()),
                SnapshotDocuments.join(found.topics.stream()));
        return new SearchDocument(Kind.PERSON, Routes.person(person.slug()), meta.name(), meta.roleLine(), body,
                List.of(meta.name()), List.of());
    }

    private static final class Appearances {
        private final Set<String> titles = new LinkedHashSet<>();
        private final Set<String> topics = new LinkedHashSet<>();
        private final List<String> said = new ArrayList<>();

        void appeared(String title, List<String> topicsOfIt) {
            titles.add(title);
            topics.addAll(topicsOfIt);
        }
    }
}
