package de.bmas.microsite.site;

import de.bmas.microsite.content.model.Doc;
import de.bmas.microsite.content.model.Event;
import de.bmas.microsite.content.model.Programme;
import de.bmas.microsite.content.model.ProgrammeBlock;
import de.bmas.microsite.content.model.Snapshot;
import de.bmas.microsite.content.model.Venue;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule for calendar and schedule links, on both sides of the first midnight in Berlin after the event. */
class OffersTest {

    /** 25 February is winter time: midnight in Berlin is 23:00 UTC. */
    private static final Instant LAST_SECOND = Instant.parse("2025-02-25T22:59:59Z");
    private static final Instant MIDNIGHT = Instant.parse("2025-02-25T23:00:00Z");

    @Test
    void calendarsAreOfferedUntilTheMidnightAfterTheEventsDay() {
        Snapshot untimed = snapshot(null);

        assertThat(Offers.of(untimed, Instant.parse("2025-01-01T00:00:00Z")).calendars()).isTrue();
        assertThat(Offers.of(untimed, LAST_SECOND).calendars()).isTrue();
        assertThat(Offers.of(untimed, MIDNIGHT).calendars()).isFalse();
        assertThat(Offers.of(untimed, MIDNIGHT.plusSeconds(86_400 * 365)).calendars()).isFalse();
    }

    @Test
    void schedulesAreOfferedOnlyWhenSomethingHasATimeAndTheEventLiesAhead() {
        assertThat(Offers.of(snapshot(null), LAST_SECOND).schedules()).as("nothing timed").isFalse();
        assertThat(Offers.of(snapshot(LocalTime.of(9, 0)), LAST_SECOND).schedules()).isTrue();
        assertThat(Offers.of(snapshot(LocalTime.of(9, 0)), MIDNIGHT).schedules()).isFalse();
    }

    @Test
    void summerTimeMovesTheMidnightToTwentyTwoHundredUtc() {
        Event summer = event(LocalDate.of(2025, 7, 1));

        assertThat(summer.overAt()).isEqualTo("2025-07-01T22:00:00Z");
    }

    /** An event on 25 February 2025 whose one programme block starts at {@code start} (null: no time). */
    private static Snapshot snapshot(LocalTime start) {
        ProgrammeBlock block = new ProgrammeBlock("Eröffnung", ProgrammeBlock.Kind.OPENING, null, start, null, null,
                null, List.of(), List.of());
        Programme programme = new Programme("Programm", "Der Ablauf.", List.of(block));
        return new Snapshot(new Doc<>("veranstaltung", event(LocalDate.of(2025, 2, 25)), "", MIDNIGHT, null),
                new Doc<>("programm", programme, "", MIDNIGHT, null), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), false);
    }

    private static Event event(LocalDate date) {
        return new Event("Testkongress", null, date, null, null, new Venue("Testhalle", null, null, "Teststadt"),
                "Testveranstalter", null, "Ein erfundener Kongress.", List.of(), List.of(), List.of(), null, null, List.of());
    }
}
