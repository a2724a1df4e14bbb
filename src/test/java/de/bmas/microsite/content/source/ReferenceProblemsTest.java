package de.bmas.microsite.content.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * References by short name (slug) from one file to another (topics, sessions, people) and the file names the short
 * names come from. Editors type short names by hand, so an unknown one gets the nearest known one or the file to
 * create.
 */
class ReferenceProblemsTest extends ContentProblemsFixture {

    @Test
    void unknownTopicWithTheNearestSlug() {
        content.replace("sessions/erste-session.md", "  - arbeit", "  - arbiet");

        assertThat(onlyError().toString()).isEqualTo(content.path("sessions/erste-session.md")
                + ":5:5: Fehler: Thema „arbiet“ gibt es nicht – Meinten Sie „arbeit“? Bekannt: arbeit.");
    }

    @Test
    void unknownSessionInTheProgramme() {
        content.replace("programm.md", "      - zweite-session", "      - zwote-session");

        assertThat(onlyError().toString()).startsWith(content.path("programm.md")
                + ":17:9: Fehler: Session „zwote-session“ gibt es nicht – Meinten Sie „zweite-session“?");
    }

    @Test
    void unknownSessionInTheHighlights() {
        content.replace("veranstaltung.md", "  - erste-session", "  - dritte-session");

        assertThat(onlyError().toString()).startsWith(content.path("veranstaltung.md")
                + ":17:5: Fehler: Session „dritte-session“ gibt es nicht");
    }

    @Test
    void quotedPersonNotAmongThePeople() {
        content.write("personen/carla-gast.md", "---\nname: Carla Gast\n---\n");
        content.replace("sessions/erste-session.md", "    person: anna-beispiel", "    person: carla-gast");

        assertThat(onlyError().toString()).isEqualTo(content.path("sessions/erste-session.md")
                + ":14:13: Fehler: Die Person „carla-gast“ steht nicht unter „people“ dieser Session – "
                + "Ergänzen Sie sie dort. Genannt sind: anna-beispiel, ben-muster.");
    }

    @Test
    void misspelledPersonGetsTheNearestSlug() {
        content.replace("sessions/erste-session.md", "  - ben-muster", "  - ben-mustr");

        assertThat(onlyError().toString()).isEqualTo(content.path("sessions/erste-session.md")
                + ":11:5: Fehler: Person „ben-mustr“ gibt es nicht – Meinten Sie „ben-muster“? "
                + "Bekannt: anna-beispiel, ben-muster.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna-beispiel, ben-muster", "anna-beispiel ben-muster"})
    void peopleInOneLineGetOneLineEach(String line) {
        content.replace("sessions/erste-session.md", "  - anna-beispiel\n  - ben-muster", "  - " + line);

        assertThat(errors())
                .contains(content.path("sessions/erste-session.md") + ":10:5: Fehler: Person „" + line + "“ gibt es "
                        + "nicht – Jeder Eintrag steht in einer Zeile für sich, mit „- “ davor: "
                        + "„- anna-beispiel“, „- ben-muster“.");
    }

    /** „Meinten Sie „ben-muster“?“ would look exactly like what the editor sees written. */
    @Test
    void anInvisibleCharacterInANameIsSaidToBeThere() {
        content.replace("sessions/erste-session.md", "  - ben-muster", "  - ben-muster\u200B");

        assertThat(onlyError().toString()).isEqualTo(content.path("sessions/erste-session.md")
                + ":11:5: Fehler: Person „ben-muster\u200B“ gibt es nicht – Der Kurzname enthält ein unsichtbares "
                + "Zeichen, meist beim Kopieren entstanden: Löschen Sie ihn und tippen Sie „ben-muster“ neu.");
    }

    @Test
    void personNamedByTheirNameInsteadOfTheSlugGetsTheSlug() {
        content.replace("programm.md", "      - anna-beispiel", "      - Anna Beispiel");

        assertThat(onlyError().toString()).isEqualTo(content.path("programm.md")
                + ":10:9: Fehler: Person „Anna Beispiel“ gibt es nicht – Meinten Sie „anna-beispiel“? Verwiesen "
                + "wird mit dem Kurznamen, dem Dateinamen ohne „.md“.");
    }

    @Test
    void unknownPersonGetsTheFileToCreate() {
        content.replace("staende/infostand.md", "teams:", "visitors:\n  - Zoë Ünal\nteams:");

        assertThat(onlyError().toString()).isEqualTo(content.path("staende/infostand.md")
                + ":6:5: Fehler: Person „Zoë Ünal“ gibt es nicht – Legen Sie die Datei „personen/zoe-uenal.md“ an "
                + "oder verweisen Sie auf eine vorhandene. Bekannt: anna-beispiel, ben-muster.");
    }

    /** René Schäfer and Rene Schafer are two people: their slugs differ, and each name leads to its own. */
    @Test
    void namesThatDifferOnlyInDiacriticsGetDistinctSlugs() {
        content.write("personen/René Schäfer.md", "---\nname: René Schäfer\n---\n");
        content.write("personen/Rene Schafer.md", "---\nname: Rene Schafer\n---\n");

        assertThat(loader.load(dir, false).report().errors()).extracting(Problem::message, Problem::hint)
                .containsExactlyInAnyOrder(
                        tuple("Der Dateiname „René Schäfer.md“ enthält Zeichen, die nicht in eine Internetadresse "
                                + "gehören", "Erlaubt sind Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche, "
                                + "z. B. „rene-schaefer.md“."),
                        tuple("Der Dateiname „Rene Schafer.md“ enthält Zeichen, die nicht in eine Internetadresse "
                                + "gehören", "Erlaubt sind Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche, "
                                + "z. B. „rene-schafer.md“."));

        content.delete("personen/René Schäfer.md");
        content.delete("personen/Rene Schafer.md");
        content.write("personen/rene-schaefer.md", "---\nname: René Schäfer\n---\n");
        content.write("personen/rene-schafer.md", "---\nname: Rene Schafer\n---\n");
        content.replace("sessions/erste-session.md", "  - ben-muster", "  - René Schäfer\n  - Rene Schafer");

        assertThat(loader.load(dir, false).report().errors()).extracting(Problem::message, Problem::hint)
                .containsExactly(
                        tuple("Person „René Schäfer“ gibt es nicht", "Meinten Sie „rene-schaefer“? Verwiesen wird "
                                + "mit dem Kurznamen, dem Dateinamen ohne „.md“."),
                        tuple("Person „Rene Schafer“ gibt es nicht", "Meinten Sie „rene-schafer“? Verwiesen wird "
                                + "mit dem Kurznamen, dem Dateinamen ohne „.md“."));
    }

    @Test
    void personNobodyNamesIsAWarning() {
        content.write("personen/carla-gast.md", "---\nname: Carla Gast\n---\n");

        ContentReport report = loader.load(dir, false).report();

        assertThat(report.errors()).isEmpty();
        assertThat(report.problems()).extracting(Problem::toString).contains(content.path(
                "personen/carla-gast.md") + ":1:1: Warnung: Die Person „Carla Gast“ wird nirgends genannt – Nennen "
                + "Sie ihren Kurznamen „carla-gast“ unter „people“ einer Session oder eines Programmpunkts, unter "
                + "„visitors“ eines Stands oder unter „moderators“ oder „people“ der Veranstaltung – oder löschen "
                + "Sie die Datei.");
    }

    @Test
    void personOnlyADraftNamesIsNoWarning() {
        // deleting the file, as the warning advises, would break the draft once it is published
        content.write("personen/carla-gast.md", "---\nname: Carla Gast\n---\n");
        content.write("sessions/dritte-session.md", "---\ntitle: Dritte Session\nformat: Panel\ndraft: true\n"
                + "people:\n  - carla-gast\nteaser: Noch in Arbeit.\n---\nBald mehr.\n");

        ContentReport report = loader.load(dir, false).report();

        assertThat(report.errors()).isEmpty();
        assertThat(report.problems()).extracting(Problem::message).noneMatch(message -> message.contains("Carla"));
    }

    @Test
    void sessionNoProgrammeBlockListsIsAWarning() {
        content.replace("programm.md", "      - zweite-session\n", "");

        ContentReport report = loader.load(dir, false).report();

        assertThat(report.errors()).isEmpty();
        assertThat(report.problems()).extracting(Problem::toString).contains(content.path(
                "sessions/zweite-session.md") + ":1:1: Warnung: Die Session „Zweite Session“ steht in keinem "
                + "Programmpunkt – Tragen Sie ihren Kurznamen „zweite-session“ unter „sessions“ eines Programmpunkts "
                + "in programm.md ein. Sonst fehlt sie auf der Programmseite.");

        content.replace("sessions/zweite-session.md", "format: World Café\n", "format: World Café\nstart: \"14:00\"\n");
        assertThat(loader.load(dir, false).report().problems()).extracting(Problem::hint)
                .as("a timed session is missing from the calendar and the apps too")
                .contains("Tragen Sie ihren Kurznamen „zweite-session“ unter „sessions“ eines Programmpunkts in "
                        + "programm.md ein. Sonst fehlt sie auf der Programmseite, im Kalender und in den Konferenz-Apps.");
    }

    @Test
    void twoSessionsInOneRoomAtOnceAreAWarningAtTheLaterOnesStart() {
        content.replace("sessions/zweite-session.md", "format: World Café\n",
                "format: World Café\nstart: \"11:30\"\nend: \"13:00\"\nroom: \"saal 1 \"\n");

        ContentReport report = loader.load(dir, false).report();

        assertThat(report.problems()).extracting(Problem::toString).contains(content.path(
                "sessions/zweite-session.md") + ":4:8: Warnung: „saal 1“ ist von 11:30 bis 12:00 Uhr doppelt belegt – "
                + "Auch die Session „Erste Session“ (Kurzname „erste-session“) ist dann dort. Prüfen Sie „start“, "
                + "„end“ und „room“ der beiden Sessions.");
        content.replace("sessions/zweite-session.md", "start: \"11:30\"", "start: \"12:00\"");
        assertThat(loader.load(dir, false).report().problems()).extracting(Problem::message)
                .as("one ends when the next begins").noneMatch(message -> message.contains("doppelt belegt"));
    }

    @Test
    void aMistypedSessionInTheProgrammeIsOneErrorWithoutAWarningAboutTheSessionMeant() {
        content.replace("programm.md", "      - zweite-session\n", "      - zweite-sesion\n");

        ContentReport report = loader.load(dir, false).report();

        assertThat(report.errors()).hasSize(1);
        assertThat(report.problems()).extracting(Problem::message).noneMatch(m -> m.contains("keinem Programmpunkt"));
    }

    @Test
    void fileNameWithCharactersNotAllowedInAnAddress() {
        content.write("sessions/Über uns.md", content.read("sessions/zweite-session.md"));

        assertThat(onlyError().toString()).isEqualTo(content.path("sessions/Über uns.md")
                + ":1:1: Fehler: Der Dateiname „Über uns.md“ enthält Zeichen, die nicht in eine Internetadresse "
                + "gehören – Erlaubt sind Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche, z. B. „ueber-uns.md“.");
    }
}
