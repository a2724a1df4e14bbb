package de.bmas.microsite.content.source;

import de.bmas.microsite.content.model.Event;
import de.bmas.microsite.content.model.SourcePosition;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.util.Locale;
import java.util.Optional;

/**
 * Clock times the event's day does not have: in the night the clocks go forward, 2:00 becomes 3:00. Java would
 * silently move such a time forward, so pages would say 02:30 and calendars 03:30; an editor has to choose.
 */
final class SkippedTimes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMANY);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("H:mm", Locale.GERMANY);

    private SkippedTimes() {
    }

    /** An error at the time's position if the clocks skip it on that day in the event's time zone. */
    static Optional<Problem> check(SourcePosition at, LocalDate day, LocalTime time) {
        if (time == null) {
            return Optional.empty();
        }
        ZoneOffsetTransition change = Event.TIME_ZONE.getRules().getTransition(day.atTime(time));
        if (change == null || !change.isGap()) {
            return Optional.empty();
        }
        return Optional.of(Problem.error(at, "Diese Uhrzeit gibt es am Veranstaltungstag nicht: In der Nacht zum "
                        + day.format(DAY) + " wird die Uhr von " + change.getDateTimeBefore().format(CLOCK) + " auf "
                        + change.getDateTimeAfter().format(CLOCK) + " Uhr vorgestellt",
                "Wählen Sie eine Zeit vor " + change.getDateTimeBefore().format(CLOCK) + " oder ab "
                        + change.getDateTimeAfter().format(CLOCK) + " Uhr."));
    }
}
