package de.bmas.microsite.content.model;

import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The whole content of one event, loaded, validated and rendered: immutable, so a reload can swap it in one step.
 * In preview mode it includes drafts.
 * <p>
 * Indexed by slug (and its sessions by topic and stand, {@link SessionIndex}) when it is made: every page asks for
 * its sessions, topics and people, and searching the lists instead would make rendering grow with their square.
 */
public final class Snapshot {

    private static final Collator GERMAN = Collator.getInstance(Locale.GERMAN);
    /** By family name, as German lists of people are sorted. */
    private static final Comparator<Doc<Person>> FAMILY_NAME_ORDER = Comparator
            .comparing((Doc<Person> person) -> person.meta().familyName(), GERMAN)
            .thenComparing(person -> person.meta().name(), GERMAN)
            .thenComparing(Doc::slug);

    private final Doc<Event> event;
    private final Doc<Programme> programme;
    private final List<Doc<Topic>> topics;
    private final List<Doc<Session>> sessions;
    private final List<Doc<Stand>> stands;
    private final List<Doc<Person>> people;
    private final List<Doc<ServicePage>> pages;
    private final List<ContentImage> images;
    private final boolean preview;
    private final Map<String, Doc<Topic>> topicsBySlug;
    private final Map<String, Integer> topicPositions;
    private final SessionIndex sessionIndex;
    private final Map<String, Doc<Person>> peopleBySlug;
    /** The slugs of the sessions the programme's blocks list. */
    private final Set<String> programmeSessions;

    public Snapshot(Doc<Event> event, Doc<Programme> programme, List<Doc<Topic>> topics, List<Doc<Session>> sessions,
                    List<Doc<Stand>> stands, List<Doc<Person>> people, List<Doc<ServicePage>> pages,
                    List<ContentImage> images, boolean preview) {
        this.event = event;
        this.programme = programme;
        this.topics = topics.stream().sorted(Comparator.comparing(topic -> topic.meta().title(), GERMAN)).toList();
        this.sessionIndex = new SessionIndex(sessions, GERMAN);
        this.sessions = sessionIndex.inDayOrder();
        this.stands = List.copyOf(stands);
        this.people = people.stream().sorted(FAMILY_NAME_ORDER).toList();
        this.pages = List.copyOf(pages);
        this.images = List.copyOf(images);
        this.preview = preview;
        this.topicsBySlug = bySlug(this.topics);
        this.topicPositions = positions(this.topics);
        this.peopleBySlug = bySlug(this.people);
        this.programmeSessions = programme.meta().blocks().stream()
                .flatMap(block -> block.sessions().stream())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The same content with every file's body replaced by {@code html} of it: one pass over all files. */
    public Snapshot withHtml(Function<Doc<?>, String> html) {
        return new Snapshot(event.withHtml(html.apply(event)), programme.withHtml(html.apply(programme)),
                rendered(topics, html), rendered(sessions, html), rendered(stands, html), rendered(people, html),
                rendered(pages, html), images, preview);
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

    /** In German alphabetical order of their family names. */
    public List<Doc<Person>> people() {
        return people;
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
                people.stream(), pages.stream()).flatMap(docs -> docs);
    }

    public Optional<Doc<Topic>> topic(String slug) {
        return Optional.ofNullable(topicsBySlug.get(slug));
    }

    public Optional<Doc<Person>> person(String slug) {
        return Optional.ofNullable(peopleBySlug.get(slug));
    }

    /** The sessions named by {@code slugs}, in that order. */
    public List<Doc<Session>> sessions(List<String> slugs) {
        return sessionIndex.sessions(slugs);
    }

    /** The sessions named by {@code slugs}, in the order of the day. */
    public List<Doc<Session>> sessionsInDayOrder(List<String> slugs) {
        return sessionIndex.inDayOrder(slugs);
    }

    /** The people named by {@code slugs}, in that order. */
    public List<Doc<Person>> people(List<String> slugs) {
        return resolve(slugs, peopleBySlug);
    }

    public List<Doc<Session>> sessionsOf(Doc<Topic> topic) {
        return sessionIndex.withTopic(topic.slug());
    }

    /** The sessions that name {@code stand} as one they are relevant for, in the order of the day. */
    public List<Doc<Session>> sessionsRelevantFor(Doc<Stand> stand) {
        return sessionIndex.relevantFor(stand.slug());
    }

    public List<Doc<Topic>> topicsOf(Doc<Session> session) {
        return session.meta().topics().stream().distinct()
                .map(topicsBySlug::get)
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(topic -> topicPositions.get(topic.slug())))
                .toList();
    }

    /** The stands {@code session} is relevant for, in the order of the stands. */
    public List<Doc<Stand>> standsOf(Doc<Session> session) {
        return stands.stream().filter(stand -> session.meta().stands().contains(stand.slug())).toList();
    }

    /**
     * Other sessions sharing a topic with {@code session}, the most shared topics first, then in the order of
     * the day. Only the sessions of its own topics are counted, so the cost follows the size of those topics.
     */
    public List<Doc<Session>> relatedTo(Doc<Session> session) {
        return sessionIndex.relatedTo(session);
    }

    /**
     * The programme blocks with a clock time, in the programme's order; not a block that only frames its one
     * session at that session's times, which calendars and apps would otherwise show twice.
     */
    public List<ProgrammeBlock> timedBlocks() {
        return programme.meta().blocks().stream()
                .filter(block -> block.hasTime() && !framesOneSession(block))
                .toList();
    }

    private boolean framesOneSession(ProgrammeBlock block) {
        List<Doc<Session>> listed = sessions(block.sessions());
        return listed.size() == 1 && block.sessions().size() == 1 && scheduled(listed.get(0))
                && block.start().equals(listed.get(0).meta().start())
                && Objects.equals(block.end(), listed.get(0).meta().end());
    }

    /**
     * The published sessions with a clock time that a programme block lists, in the order of the day: calendars
     * and schedules hold what the programme page shows. Drafts are left out even in preview mode: what calendars
     * and schedules hold is taken away, so it only ever shows published content.
     */
    public List<Doc<Session>> timedSessions() {
        return sessions.stream().filter(this::scheduled).toList();
    }

    /** Whether calendars and schedules hold {@code session}, and its page offers it for the calendar. */
    public boolean scheduled(Doc<Session> session) {
        return !session.draft() && session.meta().hasTime() && inProgramme(session);
    }

    /** Whether a programme block lists {@code session}. */
    public boolean inProgramme(Doc<Session> session) {
        return programmeSessions.contains(session.slug());
    }

    /** Whether a calendar or schedule can place anything besides the event as a whole. */
    public boolean hasTimedEntries() {
        return !timedBlocks().isEmpty() || !timedSessions().isEmpty();
    }

    public List<Doc<ServicePage>> pagesIn(ServicePage.Menu menu) {
        return pages.stream().filter(page -> page.meta().menu() == menu).toList();
    }

    private static <T> List<Doc<T>> resolve(List<String> slugs, Map<String, Doc<T>> bySlug) {
        return slugs.stream().map(bySlug::get).filter(Objects::nonNull).toList();
    }

    private static <T> List<Doc<T>> rendered(List<Doc<T>> docs, Function<Doc<?>, String> html) {
        return docs.stream().map(doc -> doc.withHtml(html.apply(doc))).toList();
    }

    static <T> Map<String, Doc<T>> bySlug(List<Doc<T>> docs) {
        return docs.stream().collect(Collectors.toUnmodifiableMap(Doc::slug, Function.identity()));
    }

    static <T> Map<String, Integer> positions(List<Doc<T>> docs) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            positions.put(docs.get(i).slug(), i);
        }
        return Map.copyOf(positions);
    }
}
