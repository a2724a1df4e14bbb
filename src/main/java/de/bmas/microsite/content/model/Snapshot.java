package de.bmas.microsite.content.model;

import java.text.Collator;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The whole content of one event, loaded, validated and rendered: immutable, so a reload can swap it in one step.
 * In preview mode it includes drafts.
 * <p>
 * Indexed by slug and topic when it is made: every page asks for its sessions, topics and related sessions, and
 * searching the lists instead would make rendering a site grow with the square of its sessions.
 */
public final class Snapshot {

    private static final Collator GERMAN = Collator.getInstance(Locale.GERMAN);
    private static final int RELATED_SESSIONS = 3;

    private final Doc<Event> event;
    private final Doc<Programme> programme;
    private final List<Doc<Topic>> topics;
    private final List<Doc<Session>> sessions;
    private final List<Doc<Stand>> stands;
    private final List<Doc<ServicePage>> pages;
    private final List<ContentImage> images;
    private final boolean preview;
    private final Map<String, Doc<Topic>> topicsBySlug;
    private final Map<String, Integer> topicPositions;
    private final Map<String, Doc<Session>> sessionsBySlug;
    private final Map<String, Integer> sessionPositions;
    private final Map<String, List<Doc<Session>>> sessionsByTopic;

    public Snapshot(Doc<Event> event, Doc<Programme> programme, List<Doc<Topic>> topics, List<Doc<Session>> sessions,
                    List<Doc<Stand>> stands, List<Doc<ServicePage>> pages, List<ContentImage> images, boolean preview) {
        this.event = event;
        this.programme = programme;
        this.topics = topics.stream().sorted(Comparator.comparing(topic -> topic.meta().title(), GERMAN)).toList();
        this.sessions = sessions.stream().sorted(Comparator
                        .comparing((Doc<Session> session) -> session.meta().start(),
                                Comparator.nullsLast(Comparator.<LocalTime>naturalOrder()))
                        .thenComparing(session -> session.meta().title(), GERMAN))
                .toList();
        this.stands = List.copyOf(stands);
        this.pages = List.copyOf(pages);
        this.images = List.copyOf(images);
        this.preview = preview;
        this.topicsBySlug = bySlug(this.topics);
        this.topicPositions = positions(this.topics);
        this.sessionsBySlug = bySlug(this.sessions);
        this.sessionPositions = positions(this.sessions);
        Map<String, List<Doc<Session>>> byTopic = new HashMap<>();
        for (Doc<Session> session : this.sessions) {
            new LinkedHashSet<>(session.meta().topics()).forEach(topic ->
                    byTopic.computeIfAbsent(topic, key -> new ArrayList<>()).add(session));
        }
        this.sessionsByTopic = byTopic.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> List.copyOf(entry.getValue())));
    }

    public Doc<Event> event() {
        return event;
    }

    public Doc<Programme> programme() {
        return programme;
    }

    /** In German alphabetical order of their titles. */
    public List<Doc<Topic>> topics() {
        return topics;
    }

    /** In the order of the day, then alphabetically. */
    public List<Doc<Session>> sessions() {
        return sessions;
    }

    public List<Doc<Stand>> stands() {
        return stands;
    }

    public List<Doc<ServicePage>> pages() {
        return pages;
    }

    public List<ContentImage> images() {
        return images;
    }

    public boolean preview() {
        return preview;
    }

    /** Every content file of the snapshot. */
    public Stream<Doc<?>> docs() {
        return Stream.of(Stream.<Doc<?>>of(event, programme), topics.stream(), sessions.stream(), stands.stream(),
                pages.stream()).flatMap(docs -> docs);
    }

    public Optional<Doc<Topic>> topic(String slug) {
        return Optional.ofNullable(topicsBySlug.get(slug));
    }

    public Optional<Doc<Session>> session(String slug) {
        return Optional.ofNullable(sessionsBySlug.get(slug));
    }

    /** The sessions named by {@code slugs}, in that order. */
    public List<Doc<Session>> sessions(List<String> slugs) {
        return slugs.stream().map(sessionsBySlug::get).filter(Objects::nonNull).toList();
    }

    public List<Doc<Session>> sessionsOf(Doc<Topic> topic) {
        return sessionsByTopic.getOrDefault(topic.slug(), List.of());
    }

    public List<Doc<Topic>> topicsOf(Doc<Session> session) {
        return session.meta().topics().stream().distinct()
                .map(topicsBySlug::get)
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(topic -> topicPositions.get(topic.slug())))
                .toList();
    }

    /**
     * Other sessions sharing a topic with {@code session}, the most shared topics first, then in the order of
     * the day. Only the sessions of its own topics are counted, so the cost follows the size of those topics.
     */
    public List<Doc<Session>> relatedTo(Doc<Session> session) {
        Map<String, Integer> shared = new HashMap<>();
        for (String topic : session.meta().topics()) {
            for (Doc<Session> other : sessionsByTopic.getOrDefault(topic, List.of())) {
                if (other != session) {
                    shared.merge(other.slug(), 1, Integer::sum);
                }
            }
        }
        return shared.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(entry -> sessionPositions.get(entry.getKey())))
                .limit(RELATED_SESSIONS)
                .map(entry -> sessionsBySlug.get(entry.getKey()))
                .toList();
    }

    /** The programme blocks with a clock time, in the programme's order. */
    public List<ProgrammeBlock> timedBlocks() {
        return programme.meta().blocks().stream().filter(Timed::hasTime).toList();
    }

    /**
     * The published sessions with a clock time, in the order of the day. Drafts are left out even in preview mode:
     * what calendars and schedules hold is taken away, so it only ever shows published content.
     */
    public List<Doc<Session>> timedSessions() {
        return sessions.stream().filter(session -> !session.draft() && session.meta().hasTime()).toList();
    }

    /** Whether a calendar or schedule can place anything besides the event as a whole. */
    public boolean hasTimedEntries() {
        return !timedBlocks().isEmpty() || !timedSessions().isEmpty();
    }

    public List<Doc<ServicePage>> pagesIn(ServicePage.Menu menu) {
        return pages.stream().filter(page -> page.meta().menu() == menu).toList();
    }

    private static <T> Map<String, Doc<T>> bySlug(List<Doc<T>> docs) {
        return docs.stream().collect(Collectors.toUnmodifiableMap(Doc::slug, Function.identity()));
    }

    private static <T> Map<String, Integer> positions(List<Doc<T>> docs) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            positions.put(docs.get(i).slug(), i);
        }
        return Map.copyOf(positions);
    }
}
