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
 * Clock times the event's day has not once: in the night the clocks go forward, 2:00 becomes 3:00, and Java would
 * silently move a time in between forward, so pages would say 02:30 and calendars 03:30; an editor has to choose.
 * In the night they go back, 3:00 becomes 2:00 again, and a time in between comes twice: pages and calendars take
 * the first, in summer time, which an editor should know.
 */
final class ClockChanges {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMANY);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("H:mm", Locale.GERMANY);

    private ClockChanges() {
    }

    /**
     * An error at the time's position if the clocks skip it on that day in the event's time zone, a warning if they
     * pass it twice.
     */
    static Optional<Problem> check(SourcePosition at, LocalDate day, LocalTime time) {
        if (time == null) {
            return Optional.empty();
        }
        ZoneOffsetTransition change = Event.TIME_ZONE.getRules().getTransition(day.atTime(time));
        if (change == null) {
            return Optional.empty();
        }
        if (change.isOverlap()) {
            return Optional.of(Problem.warning(at, "Diese Uhrzeit gibt es am Veranstaltungstag zweimal: In der Nacht "
                            + "zum " + day.format(DAY) + " wird die Uhr von " + change.getDateTimeBefore().format(CLOCK)
                            + " auf " + change.getDateTimeAfter().format(CLOCK) + " Uhr zurückgestellt",
                    "Seiten und Kalender nehmen die erste, noch in der Sommerzeit. Ist die zweite gemeint, wählen Sie "
                            + "eine Zeit vor " + change.getDateTimeAfter().format(CLOCK) + " oder ab "
                            + change.getDateTimeBefore().format(CLOCK) + " Uhr."));
        }
        return Optional.of(Problem.error(at, "Diese Uhrzeit gibt es am Veranstaltungstag nicht: In der Nacht zum "
                        + day.format(DAY) + " wird die Uhr von " + change.getDateTimeBefore().format(CLOCK) + " auf "
                        + change.getDateTimeAfter().format(CLOCK) + " Uhr vorgestellt",
                "Wählen Sie eine Zeit vor " + change.getDateTimeBefore().format(CLOCK) + " oder ab "
                        + change.getDateTimeAfter().format(CLOCK) + " Uhr."));
    }
}
