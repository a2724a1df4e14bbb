package de.bmas.microsite.content.source;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the day the clocks go forward, 02:00–02:59 does not exist in Berlin: a time in that hour is an error at the
 * field, not a session the pages show at 02:30 and the calendars at 03:30. On the day they go back, that hour comes
 * twice: a warning says which one the pages and calendars mean.
 */
class ClockChangesTest extends ContentProblemsFixture {

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

    @Test
    void sessionStartingInTheRepeatedHourIsAWarningNamingTheFirst() {
        content.replace("veranstaltung.md", "date: 2027-03-28", "date: 2027-10-31");
        content.replace("sessions/erste-session.md", "start: \"11:00\"", "start: \"02:30\"");

        ContentReport report = loader.load(dir, false).report();
        assertThat(report.errors()).isEmpty();
        assertThat(report.problems()).map(Problem::toString).contains(content.path("sessions/erste-session.md")
                + ":6:8: Warnung: Diese Uhrzeit gibt es am Veranstaltungstag zweimal: In der Nacht zum 31.10.2027 "
                + "wird die Uhr von 3:00 auf 2:00 Uhr zurückgestellt – Seiten und Kalender nehmen die erste, noch in "
                + "der Sommerzeit. Ist die zweite gemeint, wählen Sie eine Zeit vor 2:00 oder ab 3:00 Uhr.");
    }
}
