package de.bmas.microsite.content.source;

import de.bmas.microsite.content.model.Doc;
import de.bmas.microsite.content.model.Session;

import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Two sessions in one room at the same time: a slip in a time or a room, which the programme would otherwise show
 * and visitors would find out at the door. A warning at the later session's start, naming the earlier one.
 */
final class RoomOverlaps {

    private RoomOverlaps() {
    }

    static List<Problem> of(List<Doc<Session>> sessions) {
        Map<String, List<Doc<Session>>> byRoom = sessions.stream()
                .filter(session -> !session.draft() && session.meta().hasTime() && session.meta().room() != null
                        && !session.meta().room().isBlank())
                .collect(Collectors.groupingBy(session -> session.meta().room().strip().toLowerCase(Locale.ROOT)));
        return byRoom.values().stream().flatMap(room -> overlaps(room).stream()).toList();
    }

    private static List<Problem> overlaps(List<Doc<Session>> room) {
        List<Doc<Session>> byStart = room.stream()
                .sorted(Comparator.comparing((Doc<Session> session) -> session.meta().start())).toList();
        return byStart.stream().flatMap(later -> byStart.stream()
                        .takeWhile(earlier -> earlier != later)
                        .filter(earlier -> overlap(earlier.meta(), later.meta()))
                        .findFirst()
                        .map(earlier -> warning(earlier, later)).stream())
                .toList();
    }

    /** {@code later} starts no earlier than {@code earlier}; a session without an end takes its start only. */
    private static boolean overlap(Session earlier, Session later) {
        return later.start().equals(earlier.start()) || earlier.end() != null && later.start().isBefore(earlier.end());
    }

    private static Problem warning(Doc<Session> earlier, Doc<Session> later) {
        LocalTime until = earlier.meta().end() == null ? later.meta().start()
                : later.meta().end() == null || earlier.meta().end().isBefore(later.meta().end())
                ? earlier.meta().end() : later.meta().end();
        String when = until.equals(later.meta().start()) ? "um " + later.meta().start()
                : "von " + later.meta().start() + " bis " + until;
        return Problem.warning(later.origin().at("/start"),
                "„" + later.meta().room().strip() + "“ ist " + when + " Uhr doppelt belegt",
                "Auch die Session „" + earlier.meta().title() + "“ (Kurzname „" + earlier.slug() + "“) ist dann "
                        + "dort. Prüfen Sie „start“, „end“ und „room“ der beiden Sessions.");
    }
}
