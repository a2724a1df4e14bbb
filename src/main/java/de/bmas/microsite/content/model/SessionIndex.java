package de.bmas.microsite.content.model;

import java.text.Collator;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A snapshot's sessions in the order of the day, indexed by slug, topic and stand when the snapshot is made: every
 * page asks for its sessions and related sessions, and searching the list instead would make rendering a site grow
 * with the square of its sessions.
 */
final class SessionIndex {

    private static final int RELATED_SESSIONS = 3;

    private final List<Doc<Session>> inDayOrder;
    private final Map<String, Doc<Session>> bySlug;
    private final Map<String, Integer> positions;
    private final Map<String, List<Doc<Session>>> byTopic;
    private final Map<String, List<Doc<Session>>> byStand;

    SessionIndex(List<Doc<Session>> sessions, Collator collator) {
        // by start time, untimed last, then by title
        Comparator<Doc<Session>> dayOrder = Comparator
                .comparing((Doc<Session> session) -> session.meta().start(),
                        Comparator.nullsLast(Comparator.<LocalTime>naturalOrder()))
                .thenComparing(session -> session.meta().title(), collator)
                .thenComparing(Doc::slug);
        this.inDayOrder = sessions.stream().sorted(dayOrder).toList();
        this.bySlug = Snapshot.bySlug(inDayOrder);
        this.positions = Snapshot.positions(inDayOrder);
        this.byTopic = group(inDayOrder, Session::topics);
        this.byStand = group(inDayOrder, Session::stands);
    }

    List<Doc<Session>> inDayOrder() {
        return inDayOrder;
    }

    /** The sessions named by {@code slugs}, in that order. */
    List<Doc<Session>> sessions(List<String> slugs) {
        return slugs.stream().map(bySlug::get).filter(Objects::nonNull).toList();
    }

    /** The sessions named by {@code slugs}, each once, in the order of the day. */
    List<Doc<Session>> inDayOrder(List<String> slugs) {
        return sessions(slugs).stream().distinct()
                .sorted(Comparator.comparing(session -> positions.get(session.slug())))
                .toList();
    }

    List<Doc<Session>> withTopic(String topic) {
        return byTopic.getOrDefault(topic, List.of());
    }

    List<Doc<Session>> relevantFor(String stand) {
        return byStand.getOrDefault(stand, List.of());
    }

    /** See {@link Snapshot#relatedTo}: only the sessions of its own topics are counted. */
    List<Doc<Session>> relatedTo(Doc<Session> session) {
        Map<String, Integer> shared = new HashMap<>();
        for (String topic : session.meta().topics()) {
            for (Doc<Session> other : withTopic(topic)) {
                if (other != session) {
                    shared.merge(other.slug(), 1, Integer::sum);
                }
            }
        }
        return shared.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(entry -> positions.get(entry.getKey())))
                .limit(RELATED_SESSIONS)
                .map(entry -> bySlug.get(entry.getKey()))
                .toList();
    }

    /** The sessions under each slug they name in {@code keys}, each once, in the order of the day. */
    private static Map<String, List<Doc<Session>>> group(List<Doc<Session>> sessions,
                                                         Function<Session, List<String>> keys) {
        Map<String, List<Doc<Session>>> grouped = new HashMap<>();
        for (Doc<Session> session : sessions) {
            new LinkedHashSet<>(keys.apply(session.meta())).forEach(key ->
                    grouped.computeIfAbsent(key, any -> new ArrayList<>()).add(session));
        }
        return grouped.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> List.copyOf(entry.getValue())));
    }
}
