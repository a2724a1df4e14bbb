package de.bmas.microsite.content.source;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the day the clocks go forward, 02:00–02:59 does not exist in Berlin: a time in that hour is an error at the
 * field, not a session the pages show at 02:30 and the calendars at 03:30.
 */
class SkippedTimesTest extends ContentProblemsFixture {

    @BeforeEach
    void moveTheEventToTheNightTheClocksGoForward() {
        content.replace("veranstaltung.md", "date: 2025-02-25", "date: 2027-03-28");
    }

    @Test
    void sessionStartingInTheSkippedHour() {
        content.replace("sessions/erste-session.md", "start: \"11:00\"", "start: \"02:30\"");

        assertThat(onlyError().toString()).isEqualTo(content.path("sessions/erste-session.md")
                + ":6:8: Fehler: Diese Uhrzeit gibt es am Veranstaltungstag nicht: In der Nacht zum 28.03.2027 "
                + "wird die Uhr von 2:00 auf 3:00 Uhr vorgestellt – "
                + "Wählen Sie eine Zeit vor 2:00 oder ab 3:00 Uhr.");
    }

    @Test
    void programmeBlockEndingInTheSkippedHour() {
        content.replace("programm.md", "    start: \"09:00\"\n    end: \"10:00\"",
                "    start: \"01:30\"\n    end: \"02:00\"");

        assertThat(onlyError().toString()).startsWith(content.path("programm.md")
                + ":8:10: Fehler: Diese Uhrzeit gibt es am Veranstaltungstag nicht");
    }

    @Test
    void timesEitherSideOfTheChangeAreFine() {
        content.replace("sessions/erste-session.md", "start: \"11:00\"\nend: \"12:00\"",
                "start: \"01:59\"\nend: \"03:00\"");

        assertThat(loader.load(dir, false).report().errors()).isEmpty();
    }
}
