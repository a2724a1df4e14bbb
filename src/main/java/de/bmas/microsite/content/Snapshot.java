package de.bmas.microsite.content;

import java.text.Collator;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The whole content of one event, loaded, validated and rendered: immutable, so a reload can swap it in one step.
 * In preview mode it includes drafts.
 */
public record Snapshot(Doc<Event> event,
                       Doc<Programme> programme,
                       List<Doc<Topic>> topics,
                       List<Doc<Session>> sessions,
                       List<Doc<Stand>> stands,
                       List<Doc<Page>> pages,
                       List<ContentImage> images,
                       boolean preview) {

    private static final Collator GERMAN = Collator.getInstance(Locale.GERMAN);
    private static final int RELATED_SESSIONS = 3;

    public Snapshot {
        topics = topics.stream().sorted(Comparator.comparing(topic -> topic.meta().title(), GERMAN)).toList();
        sessions = sessions.stream().sorted(Comparator
                        .comparing((Doc<Session> session) -> session.meta().start(),
                                Comparator.nullsLast(Comparator.<LocalTime>naturalOrder()))
                        .thenComparing(session -> session.meta().title(), GERMAN))
                .toList();
        stands = List.copyOf(stands);
        pages = List.copyOf(pages);
        images = List.copyOf(images);
    }

    /** Every content file of the snapshot. */
    public Stream<Doc<?>> docs() {
        return Stream.of(Stream.<Doc<?>>of(event, programme), topics.stream(), sessions.stream(), stands.stream(),
                pages.stream()).flatMap(docs -> docs);
    }

    public Optional<Doc<Topic>> topic(String slug) {
        return topics.stream().filter(topic -> topic.slug().equals(slug)).findFirst();
    }

    public Optional<Doc<Session>> session(String slug) {
        return sessions.stream().filter(session -> session.slug().equals(slug)).findFirst();
    }

    /** The sessions named by {@code slugs}, in that order. */
    public List<Doc<Session>> sessions(List<String> slugs) {
        Map<String, Doc<Session>> bySlug = sessions.stream()
                .collect(Collectors.toMap(Doc::slug, Function.identity()));
        return slugs.stream().map(bySlug::get).filter(java.util.Objects::nonNull).toList();
    }

    public List<Doc<Session>> sessionsOf(Doc<Topic> topic) {
        return sessions.stream().filter(session -> session.meta().topics().contains(topic.slug())).toList();
    }

    public List<Doc<Topic>> topicsOf(Doc<Session> session) {
        return topics.stream().filter(topic -> session.meta().topics().contains(topic.slug())).toList();
    }

    /** Other sessions sharing a topic with {@code session}, the most shared topics first. */
    public List<Doc<Session>> relatedTo(Doc<Session> session) {
        return sessions.stream()
                .filter(other -> other != session)
                .filter(other -> sharedTopics(session, other) > 0)
                .sorted(Comparator.comparingLong((Doc<Session> other) -> sharedTopics(session, other)).reversed())
                .limit(RELATED_SESSIONS)
                .toList();
    }

    public List<Doc<Page>> pagesIn(Page.Menu menu) {
        return pages.stream().filter(page -> page.meta().menu() == menu).toList();
    }

    private static long sharedTopics(Doc<Session> a, Doc<Session> b) {
        return a.meta().topics().stream().filter(b.meta().topics()::contains).count();
    }
}
