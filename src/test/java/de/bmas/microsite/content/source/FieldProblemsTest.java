package de.bmas.microsite.content.source;

import de.bmas.microsite.content.model.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Front matter that parses but whose fields are wrong: unknown, missing or empty fields, wrong types, dates, clock
 * times and values outside a choice. Each error points at the field itself and says what belongs there, so that an
 * editor can fix it without knowing the model behind it.
 */
class FieldProblemsTest extends ContentProblemsFixture {

    private static final String WHERE = "Ergänzen Sie im Kopfbereich (zwischen den beiden Zeilen „---“) eine Zeile ";

    @Test
    void unknownFieldWithTheNearestKnownName() {
        content.replace("sessions/erste-session.md", "title: Erste Session", "titel: Erste Session");

        Problem problem = onlyError();

        assertThat(problem.toString()).startsWith(content.path("sessions/erste-session.md")
                + ":2:1: Fehler: Unbekanntes Feld „titel“ – Meinten Sie „title“?");
    }

    @Test
    void unknownFieldHoldingAListStandsAtItsOwnLine() {
        content.replace("sessions/erste-session.md", "topics:\n", "topic:\n");

        assertThat(onlyError().toString()).startsWith(content.path("sessions/erste-session.md")
                + ":4:1: Fehler: Unbekanntes Feld „topic“ – Meinten Sie „topics“?");
    }

    @Test
    void unknownFieldInANestedBlock() {
        content.replace("veranstaltung.md", "  city: Berlin", "  stadt: Berlin");

        assertThat(onlyError().toString()).isEqualTo(content.path("veranstaltung.md")
                + ":11:3: Fehler: Unbekanntes Feld „stadt“ – Meinten Sie „city“? Erlaubte Felder: "
                + "city, name, postcode, street");
    }

    @Test
    void unknownFieldInAListEntry() {
        content.replace("sessions/erste-session.md", "    person: anna-beispiel", "    persn: anna-beispiel");

        assertThat(onlyError().toString()).startsWith(content.path("sessions/erste-session.md")
                + ":14:5: Fehler: Unbekanntes Feld „persn“ – Meinten Sie „person“?");
    }

    @Test
    void missingRequiredField() {
        content.replace("sessions/zweite-session.md", "format: World Café\n", "");

        assertThat(onlyError().toString()).isEqualTo(content.path("sessions/zweite-session.md")
                + ":1:1: Fehler: Pflichtfeld „format“ fehlt – " + WHERE + "„format: …“.");
    }

    @Test
    void everyMissingRequiredFieldAtOnce() {
        content.write("sessions/neu.md", "---\nformat: Panel\n---\nText.\n");

        String at = content.path("sessions/neu.md") + ":1:1: Fehler: Pflichtfeld „";
        assertThat(errors()).containsExactly(
                at + "teaser“ fehlt – " + WHERE + "„teaser: …“.", at + "title“ fehlt – " + WHERE + "„title: …“.");
    }

    @Test
    void missingRequiredFieldInAListEntryPointsAtTheEntry() {
        content.replace("sessions/erste-session.md", "  - text: Ein Satz, der hängen blieb.\n    person",
                "  - person");

        assertThat(onlyError().toString()).isEqualTo(content.path("sessions/erste-session.md")
                + ":13:5: Fehler: Pflichtfeld „text“ fehlt – Ergänzen Sie unter „quotes“, Eintrag 1 eine "
                + "eingerückte Zeile „text: …“.");
    }

    @Test
    void emptyRequiredFieldInANestedBlock() {
        content.replace("veranstaltung.md", "  city: Berlin", "  city: \"\"");

        assertThat(onlyError().toString()).startsWith(content.path("veranstaltung.md")
                + ":11:9: Fehler: Feld „city“");
    }

    @Test
    void emptyListEntry() {
        content.replace("staende/infostand.md", "  - Team des Testprogramms", "  - \"\"");

        assertThat(onlyError().toString()).startsWith(content.path("staende/infostand.md")
                + ":6:5: Fehler: Feld „teams“");
    }

    @Test
    void languageThatIsNoLanguageCode() {
        content.replace("sessions/zweite-session.md", "format: World Café", "format: World Café\nlanguage: Englisch");

        assertThat(onlyError().toString()).isEqualTo(content.path("sessions/zweite-session.md")
                + ":4:11: Fehler: Feld „language“ ist kein Sprachkürzel; erwartet werden zwei Kleinbuchstaben wie "
                + "„en“ (Englisch) oder „fr“ (Französisch)");
    }

    @Test
    void anEmptyRequiredFieldIsToldHowToFillIt() {
        content.replace("sessions/zweite-session.md", "teaser: Die zweite Session des Testkongresses.", "teaser: \"\"");

        assertThat(onlyError().toString()).isEqualTo(content.path("sessions/zweite-session.md")
                + ":6:9: Fehler: Feld „teaser“ ist leer – Schreiben Sie den Text hinter den Doppelpunkt.");
    }

    @Test
    void anEmptyListEntryIsToldToFillOrDeleteIt() {
        content.replace("sessions/zweite-session.md", "topics:\n  - arbeit", "topics:\n  - \"\"");

        assertThat(onlyError().toString()).isEqualTo(content.path("sessions/zweite-session.md")
                + ":5:5: Fehler: Feld „topics“, Eintrag 1 ist leer – Schreiben Sie den Eintrag hinter „- “ oder "
                + "löschen Sie die Zeile.");
    }

    @Test
    void wrongType() {
        content.replace("sessions/zweite-session.md", "topics:\n  - arbeit", "topics: arbeit");

        Problem problem = onlyError();

        assertThat(problem.location()).isEqualTo(content.path("sessions/zweite-session.md") + ":4:9");
        assertThat(problem.message()).isEqualTo("Falscher Typ: hier wird eine Liste (Zeilen mit „- “) erwartet");
        assertThat(problem.hint()).isEqualTo("Schreiben Sie jeden Eintrag in eine eigene, eingerückte Zeile darunter, "
                + "die mit „- “ beginnt.");
    }

    @Test
    void singleValueWhereABlockBelongs() {
        content.replace("veranstaltung.md", "venue:\n  name: Testhaus\n  street: Teststraße 1\n  postcode: \"10115\"\n"
                + "  city: Berlin", "venue: Testhaus, Berlin");

        assertThat(onlyError().toString()).isEqualTo(content.path("veranstaltung.md")
                + ":7:8: Fehler: Falscher Typ: hier wird ein Block mit eingerückten Feldern erwartet – Schreiben Sie "
                + "die Felder des Blocks eingerückt in die Zeilen darunter.");
    }

    @Test
    void textWhereAListEntryNeedsABlockIsOneError() {
        content.replace("sessions/erste-session.md", "  - text: Ein Satz, der hängen blieb.\n    person: anna-beispiel",
                "  - Ein Satz, der hängen blieb.");

        assertThat(onlyError().toString()).isEqualTo(content.path("sessions/erste-session.md")
                + ":13:5: Fehler: Falscher Typ: hier wird ein Block mit eingerückten Feldern erwartet – Schreiben Sie "
                + "die Felder des Blocks eingerückt in die Zeilen darunter.");
    }

    @Test
    void numberIsNeverTakenForADateOrAChoice() {
        content.replace("veranstaltung.md", "date: 2025-02-25", "date: 2025");
        content.replace("programm.md", "kind: opening", "kind: 1");

        assertThat(errors()).containsExactly(
                content.path("programm.md") + ":6:11: Fehler: „1“ ist hier kein erlaubter Wert – Erlaubt sind: "
                        + "opening, keynote, sessions, exhibition, podium, break, evening, other.",
                content.path("veranstaltung.md") + ":4:7: Fehler: Falscher Typ: hier wird ein Datum erwartet – "
                        + "Erwartet wird JJJJ-MM-TT, z. B. 2025-02-25.");
    }

    @Test
    void dateInWrongFormat() {
        content.replace("veranstaltung.md", "date: 2025-02-25", "date: 25.02.2025");

        assertThat(onlyError().toString()).isEqualTo(content.path("veranstaltung.md")
                + ":4:7: Fehler: „25.02.2025“ ist kein gültiges Datum – Erwartet wird JJJJ-MM-TT, z. B. 2025-02-25.");
    }

    /** Written in the right form, a day or time that does not exist is told so, not the form it already has. */
    @Test
    void aDayOrTimeThatDoesNotExist() {
        content.replace("veranstaltung.md", "date: 2025-02-25", "date: 2025-02-30");
        content.replace("sessions/erste-session.md", "start: \"11:00\"", "start: \"24:00\"");

        assertThat(errors()).containsExactly(
                content.path("sessions/erste-session.md") + ":6:8: Fehler: „24:00“ ist keine gültige Uhrzeit – Diese "
                        + "Uhrzeit gibt es nicht: Stunden gehen von 0 bis 23, Minuten von 0 bis 59.",
                content.path("veranstaltung.md") + ":4:7: Fehler: „2025-02-30“ ist kein gültiges Datum – Diesen Tag "
                        + "gibt es nicht: Prüfen Sie Tag und Monat.");
    }

    @Test
    void timeInWrongFormat() {
        content.replace("sessions/erste-session.md", "start: \"11:00\"", "start: 11 Uhr");

        assertThat(onlyError().toString()).isEqualTo(content.path("sessions/erste-session.md")
                + ":6:8: Fehler: „11 Uhr“ ist keine gültige Uhrzeit – "
                + "Erwartet wird eine Uhrzeit aus Stunden und Minuten mit Doppelpunkt, z. B. 9:30 oder 14:00.");
    }

    /** What the guide promises: one or two digits for the hour, quoted or not. */
    @ParameterizedTest
    @ValueSource(strings = {"9:30", "09:30", "\"9:30\"", "\"09:30\"", "'9:30'"})
    void clockTimesWithOneOrTwoDigitsForTheHourQuotedOrNot(String written) {
        content.replace("sessions/erste-session.md", "start: \"11:00\"", "start: " + written);

        Snapshot snapshot = Snapshots.published(loader.load(dir, false)).orElseThrow();

        assertThat(snapshot.sessions(List.of("erste-session")).get(0).meta().start()).isEqualTo(LocalTime.of(9, 30));
    }

    @ParameterizedTest
    @ValueSource(strings = {"9.30", "930", "9:3", "09:30:00", "24:00", "9:60"})
    void otherClockTimesAreErrors(String written) {
        content.replace("sessions/erste-session.md", "start: \"11:00\"", "start: " + written);

        assertThat(onlyError().message()).isEqualTo("„" + written + "“ ist keine gültige Uhrzeit");
    }

    @Test
    void endBeforeStart() {
        content.replace("sessions/erste-session.md", "end: \"12:00\"", "end: \"10:30\"");

        assertThat(onlyError().toString()).startsWith(content.path("sessions/erste-session.md")
                + ":7:6: Fehler: Das Ende (10:30) liegt nicht nach dem Beginn (11:00)");
    }

    @Test
    void endBeforeStartInAProgrammeBlock() {
        content.replace("programm.md", "    end: \"10:00\"", "    end: \"08:00\"");

        assertThat(onlyError().toString()).startsWith(content.path("programm.md")
                + ":8:10: Fehler: Das Ende (08:00) liegt nicht nach dem Beginn (09:00)");
    }

    @Test
    void unknownProgrammeKind() {
        content.replace("programm.md", "kind: opening", "kind: begruessung");

        assertThat(onlyError().toString()).startsWith(content.path("programm.md")
                + ":6:11: Fehler: „begruessung“ ist hier kein erlaubter Wert – Erlaubt sind: opening, keynote,");
    }

    @Test
    void formerMyTurnFlagPointsToStands() {
        content.replace("sessions/zweite-session.md", "stands:\n  - infostand\n", "my_turn: true\n");

        assertThat(onlyError().toString()).startsWith(content.path("sessions/zweite-session.md")
                + ":7:1: Fehler: Unbekanntes Feld „my_turn“ – Meinten Sie „stands“?");
    }
}
