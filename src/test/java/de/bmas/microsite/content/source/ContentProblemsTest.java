package de.bmas.microsite.content.source;

import de.bmas.microsite.testing.ContentFixture;
import de.bmas.microsite.content.model.ContentImage;
import de.bmas.microsite.content.model.Doc;
import de.bmas.microsite.content.model.Link;
import de.bmas.microsite.content.model.Snapshot;
import de.bmas.microsite.content.model.Topic;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * One test per kind of content mistake: each breaks one line of the minimal content set and checks that editors are
 * told exactly where (path, line, column) and what, in German.
 */
class ContentProblemsTest {

    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

    private final ContentLoader loader =
            new ContentLoader(new FrontMatterBinder(VALIDATION.getValidator()), new MarkdownRenderer());

    @TempDir(factory = ContentFixture.InBuildDir.class)
    Path dir;

    private ContentFixture content;

    @BeforeEach
    void copyMinimalContent() {
        content = ContentFixture.copyInto(dir);
    }

    @AfterAll
    static void closeValidation() {
        VALIDATION.close();
    }

    @Test
    void minimalContentHasNoProblems() {
        ContentLoader.Result result = loader.load(dir, false);

        assertThat(result.report().problems()).isEmpty();
        assertThat(result.snapshot()).isPresent();
    }

    // --- the file as a whole

    @Test
    void yamlThatDoesNotParseBecauseOfAColonInTheText() {
        content.replace("sessions/zweite-session.md", "teaser: Die zweite Session des Testkongresses.",
                "teaser: Die zweite Session: ein Bericht.");

        assertThat(onlyError().toString()).isEqualTo(content.path("sessions/zweite-session.md")
                + ":6:27: Fehler: Doppelpunkt an einer Stelle, an der im Kopfbereich keiner stehen darf – Steht „: “ "
                + "im Text, gilt: Setzen Sie den ganzen Wert in gerade Anführungszeichen \", z. B. teaser: "
                + "\"Bericht: ein Tag voller Ideen\". Sonst prüfen Sie die Einrückung der Zeile.");
    }

    @Test
    void aValueInTypographicQuotesIsToldWhichQuotesCount() {
        content.replace("sessions/zweite-session.md", "teaser: Die zweite Session des Testkongresses.",
                "teaser: „Die zweite Session: ein Bericht“");

        assertThat(onlyError().toString()).isEqualTo(content.path("sessions/zweite-session.md")
                + ":6:9: Fehler: Der Wert beginnt mit einem typografischen Anführungszeichen „„“ – Im Kopfbereich "
                + "gelten nur gerade Anführungszeichen \": Schreiben Sie z. B. teaser: \"Rückblick: ein Tag voller "
                + "Ideen\". Typografische Anführungszeichen dürfen innerhalb stehen.");
    }

    @Test
    void noMessageToEditorsSaysYaml() {
        content.replace("veranstaltung.md", "  city: Berlin", " city: Berlin");
        content.replace("sessions/zweite-session.md", "teaser: Die zweite Session des Testkongresses.",
                "teaser: Die zweite Session: ein Bericht.");
        content.replace("sessions/erste-session.md", "room: Saal 1", "room: [Saal 1");

        assertThat(loader.load(dir, false).report().errors()).hasSize(3)
                .allSatisfy(error -> assertThat(error.text()).doesNotContainIgnoringCase("yaml"));
    }

    @Test
    void yamlThatDoesNotParseBecauseOfATab() {
        content.replace("sessions/erste-session.md", "  - ben-muster", "\t- ben-muster");

        assertThat(onlyError().toString()).isEqualTo(content.path("sessions/erste-session.md")
                + ":11:1: Fehler: Tabulator in der Einrückung – Rücken Sie nur mit Leerzeichen ein.");
    }

    @Test
    void yamlThatDoesNotParseBecauseAQuoteIsNotClosed() {
        content.replace("sessions/erste-session.md", "room: Saal 1", "room: \"Saal 1");

        assertThat(onlyError().toString()).startsWith(content.path("sessions/erste-session.md")
                + ":8:7: Fehler: Das Anführungszeichen wird nicht geschlossen");
    }

    @Test
    void yamlThatDoesNotParseBecauseOfTheIndentation() {
        content.replace("veranstaltung.md", "  city: Berlin", " city: Berlin");

        assertThat(onlyError().toString()).startsWith(content.path("veranstaltung.md")
                + ":11:2: Fehler: Einrückung oder Form der Zeile passt nicht zu den Zeilen davor");
    }

    @Test
    void fieldWrittenTwice() {
        content.replace("sessions/zweite-session.md", "format: World Café", "format: World Café\ntitle: Noch mal");

        assertThat(onlyError().toString()).isEqualTo(content.path("sessions/zweite-session.md")
                + ":4:1: Fehler: Das Feld „title“ steht doppelt im Kopfbereich – Löschen Sie eine der beiden Zeilen.");
    }

    @Test
    void frontMatterThatIsNotAListOfFields() {
        content.write("themen/arbeit.md", "---\nNur ein Satz.\n---\nText.\n");

        assertThat(onlyError().toString()).isEqualTo(content.path("themen/arbeit.md")
                + ":2:1: Fehler: Der Kopfbereich besteht nicht aus Feldern – "
                + "Jede Zeile hat die Form „feld: Wert“, z. B. title: Programm.");
    }

    @Test
    void controlCharacterPastedIntoTheText() {
        content.replace("sessions/erste-session.md", "room: Saal 1", "room: Saal\u000B1");

        assertThat(onlyError().toString()).isEqualTo(content.path("sessions/erste-session.md")
                + ":8:11: Fehler: Unsichtbares Steuerzeichen im Text – Löschen Sie die Stelle und tippen Sie sie neu; "
                + "solche Zeichen entstehen oft beim Kopieren.");
    }

    @Test
    void controlCharacterWrittenAsYamlEscape() {
        content.replace("sessions/erste-session.md", "room: Saal 1", "room: \"Saal\\x181\"");

        assertThat(onlyError().toString()).startsWith(content.path("sessions/erste-session.md")
                + ":8:7: Fehler: Unsichtbares Steuerzeichen im Text");
    }

    @Test
    void frontMatterMissing() {
        content.write("themen/arbeit.md", "title: Arbeit\nteaser: Ohne Kopfbereich.\n");

        assertThat(onlyError().toString()).startsWith(content.path("themen/arbeit.md")
                + ":1:1: Fehler: Der Kopfbereich (Front Matter) fehlt – Die erste Zeile muss „---“ sein");
    }

    @Test
    void frontMatterNotClosed() {
        content.write("themen/arbeit.md", "---\ntitle: Arbeit\nteaser: Nie geschlossen.\n\nText.\n");

        assertThat(onlyError().toString()).startsWith(content.path("themen/arbeit.md")
                + ":1:1: Fehler: Der Kopfbereich (Front Matter) wird nicht geschlossen");
    }

    @Test
    void fileNotUtf8() {
        content.write("themen/arbeit.md", "---\ntitle: Arbeit\nteaser: Sessions für Arbeit.\n---\nText.\n"
                .getBytes(StandardCharsets.ISO_8859_1));

        assertThat(onlyError().toString()).isEqualTo(content.path("themen/arbeit.md")
                + ":3:19: Fehler: Die Datei ist nicht UTF-8-kodiert – "
                + "Speichern Sie die Datei im Editor mit der Kodierung „UTF-8“.");
    }

    @Test
    void emptyFile() {
        content.write("themen/arbeit.md", "");

        assertThat(onlyError().toString()).startsWith(content.path("themen/arbeit.md")
                + ":1:1: Fehler: Die Datei ist leer");
    }

    // --- fields

    @Test
    void unknownFieldWithTheNearestKnownName() {
        content.replace("sessions/erste-session.md", "title: Erste Session", "titel: Erste Session");

        Problem problem = onlyError();

        assertThat(problem.toString()).startsWith(content.path("sessions/erste-session.md")
                + ":2:1: Fehler: Unbekanntes Feld „titel“ – Meinten Sie „title“?");
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
                + ":1:1: Fehler: Pflichtfeld „format“ fehlt – Ergänzen Sie im Kopfbereich (zwischen den beiden "
                + "Zeilen „---“) eine Zeile „format: …“.");
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
    void wrongType() {
        content.replace("sessions/zweite-session.md", "topics:\n  - arbeit", "topics: arbeit");

        Problem problem = onlyError();

        assertThat(problem.location()).isEqualTo(content.path("sessions/zweite-session.md") + ":4:9");
        assertThat(problem.message()).isEqualTo("Falscher Typ: hier wird eine Liste (Zeilen mit „- “) erwartet");
    }

    @Test
    void singleValueWhereABlockBelongs() {
        content.replace("veranstaltung.md", "venue:\n  name: Testhaus\n  street: Teststraße 1\n  postcode: \"10115\"\n"
                + "  city: Berlin", "venue: Testhaus, Berlin");

        assertThat(onlyError().toString()).isEqualTo(content.path("veranstaltung.md")
                + ":7:8: Fehler: Falscher Typ: hier wird ein Block mit eingerückten Feldern erwartet");
    }

    @Test
    void textWhereAListEntryNeedsABlockIsOneError() {
        content.replace("sessions/erste-session.md", "  - text: Ein Satz, der hängen blieb.\n    person: anna-beispiel",
                "  - Ein Satz, der hängen blieb.");

        assertThat(onlyError().toString()).isEqualTo(content.path("sessions/erste-session.md")
                + ":13:5: Fehler: Falscher Typ: hier wird ein Block mit eingerückten Feldern erwartet");
    }

    @Test
    void numberIsNeverTakenForADateOrAChoice() {
        content.replace("veranstaltung.md", "date: 2025-02-25", "date: 2025");
        content.replace("programm.md", "kind: opening", "kind: 1");

        assertThat(loader.load(dir, false).report().errors()).extracting(Problem::toString).containsExactly(
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

        Snapshot snapshot = loader.load(dir, false).snapshot().orElseThrow();

        assertThat(snapshot.session("erste-session").orElseThrow().meta().start()).isEqualTo(LocalTime.of(9, 30));
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

    // --- references

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

    // --- people

    @Test
    void misspelledPersonGetsTheNearestSlug() {
        content.replace("sessions/erste-session.md", "  - ben-muster", "  - ben-mustr");

        assertThat(onlyError().toString()).isEqualTo(content.path("sessions/erste-session.md")
                + ":11:5: Fehler: Person „ben-mustr“ gibt es nicht – Meinten Sie „ben-muster“? "
                + "Bekannt: anna-beispiel, ben-muster.");
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
    void sessionRelevantForAStandThatIsADraftIsAnErrorInProduction() {
        content.replace("staende/infostand.md", "nav_title: Infostand", "nav_title: Infostand\ndraft: true");

        assertThat(loader.load(dir, false).report().errors()).extracting(Problem::toString).containsExactly(
                content.path("sessions/erste-session.md") + ":17:5: Fehler: Stand „infostand“ ist ein Entwurf und "
                        + "wird nicht veröffentlicht – Veröffentlichen Sie es (draft entfernen) oder entfernen Sie "
                        + "den Verweis.",
                content.path("sessions/zweite-session.md") + ":8:5: Fehler: Stand „infostand“ ist ein Entwurf und "
                        + "wird nicht veröffentlicht – Veröffentlichen Sie es (draft entfernen) oder entfernen Sie "
                        + "den Verweis.");
    }

    @Test
    void formerMyTurnFlagPointsToStands() {
        content.replace("sessions/zweite-session.md", "stands:\n  - infostand\n", "my_turn: true\n");

        assertThat(onlyError().toString()).startsWith(content.path("sessions/zweite-session.md")
                + ":7:1: Fehler: Unbekanntes Feld „my_turn“ – Meinten Sie „stands“?");
    }

    @Test
    void fileNameWithCharactersNotAllowedInAnAddress() {
        content.write("sessions/Über uns.md", content.read("sessions/zweite-session.md"));

        assertThat(onlyError().toString()).isEqualTo(content.path("sessions/Über uns.md")
                + ":1:1: Fehler: Der Dateiname „Über uns.md“ enthält Zeichen, die nicht in eine Internetadresse "
                + "gehören – Erlaubt sind Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche, z. B. „ueber-uns.md“.");
    }

    /** The page's title is its only level-1 heading; a session's text stands under „Bericht“, one level lower. */
    @Test
    void levelOneHeadingInTheTextIsToldTheLevelOfItsPageKind() {
        content.replace("sessions/erste-session.md", "![Die Bühne der ersten Session](/bilder/saal.png)",
                "# Zwischentitel");
        content.replace("themen/arbeit.md", "Worum es beim Thema Arbeit ging.", "# Zwischentitel");

        assertThat(loader.load(dir, false).report().errors()).extracting(Problem::toString).containsExactly(
                content.path("sessions/erste-session.md") + ":23:1: Fehler: Überschrift der Ebene 1 („# “) im Text – "
                        + "Der Seitentitel ist die einzige Hauptüberschrift, und Ihr Text steht unter der Überschrift "
                        + "„Bericht“; schreiben Sie Zwischenüberschriften in Sessions mit „### “.",
                content.path("themen/arbeit.md") + ":5:1: Fehler: Überschrift der Ebene 1 („# “) im Text – Der "
                        + "Seitentitel ist die einzige Hauptüberschrift; beginnen Sie im Text mit „## “.");
    }

    // --- images

    @Test
    void imageInTheTextThatDoesNotExist() {
        content.replace("sessions/erste-session.md", "(/bilder/saal.png)", "(/bilder/buehne.png)");

        assertThat(onlyError().toString()).startsWith(content.path("sessions/erste-session.md")
                + ":23:1: Fehler: Das Bild „/bilder/buehne.png“ gibt es nicht");
    }

    @Test
    void imageInTheFrontMatterThatDoesNotExist() {
        content.replace("veranstaltung.md", "image: /bilder/saal.png", "image: /bilder/saal.jpg");

        assertThat(onlyError().toString()).startsWith(content.path("veranstaltung.md")
                + ":18:8: Fehler: Das Bild „/bilder/saal.jpg“ gibt es nicht");
    }

    @Test
    void imageWithoutAltTextInTheText() {
        content.replace("sessions/erste-session.md", "![Die Bühne der ersten Session]", "Bild: ![]");

        assertThat(onlyError().toString()).startsWith(content.path("sessions/erste-session.md")
                + ":23:7: Fehler: Bild ohne Alternativtext");
    }

    @Test
    void imageWithoutAltTextInTheFrontMatter() {
        content.replace("veranstaltung.md", "image_alt: Ein voll besetzter Saal\n", "");

        assertThat(onlyError().toString()).startsWith(content.path("veranstaltung.md")
                + ":18:8: Fehler: Bild ohne Alternativtext – Beschreiben Sie das Bild im Feld „image_alt“.");
    }

    @Test
    void imageFromAnotherWebsite() {
        content.replace("sessions/erste-session.md", "(/bilder/saal.png)", "(https://tracker.example/pixel.gif)");

        assertThat(onlyError().toString()).isEqualTo(content.path("sessions/erste-session.md")
                + ":23:1: Fehler: Das Bild „https://tracker.example/pixel.gif“ liegt auf einer anderen Website – "
                + "Die Website lädt nichts von anderen Servern. Speichern Sie das Bild im Ordner „bilder“ und "
                + "binden Sie es als /bilder/datei.jpg ein.");
    }

    @Test
    void imageFromAnotherWebsiteInTheFrontMatter() {
        content.replace("veranstaltung.md", "image: /bilder/saal.png", "image: //tracker.example/pixel.gif");

        assertThat(onlyError().toString()).startsWith(content.path("veranstaltung.md")
                + ":18:8: Fehler: Das Bild „//tracker.example/pixel.gif“ liegt auf einer anderen Website");
    }

    @Test
    void imageByReferenceIsCheckedLikeAnInlineImage() {
        content.replace("sessions/erste-session.md", "![Die Bühne der ersten Session](/bilder/saal.png)",
                "Vorher ![][pixel]\n\n[pixel]: https://tracker.example/pixel.gif");

        assertThat(loader.load(dir, false).report().errors()).extracting(Problem::toString).containsExactly(
                content.path("sessions/erste-session.md") + ":23:8: Fehler: Bild ohne Alternativtext – Beschreiben "
                        + "Sie das Bild in den eckigen Klammern: ![Beschreibung](/bilder/datei.jpg)",
                content.path("sessions/erste-session.md") + ":23:8: Fehler: Das Bild "
                        + "„https://tracker.example/pixel.gif“ liegt auf einer anderen Website – Die Website lädt "
                        + "nichts von anderen Servern. Speichern Sie das Bild im Ordner „bilder“ und binden Sie es "
                        + "als /bilder/datei.jpg ein.");
    }

    /** The snapshot holds the sanitized SVG: that is what the server sends and the export writes. */
    @Test
    void svgImageIsPublishedWithoutItsScript() {
        content.write("bilder/plan.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<rect width=\"1\" "
                + "height=\"1\"/>\n<script>alert(document.domain)</script>\n</svg>\n");

        ContentLoader.Result result = loader.load(dir, false);

        assertThat(result.report().problems()).extracting(Problem::toString).containsExactly(content.path(
                "bilder/plan.svg") + ":3:9: Warnung: Aus dem SVG-Bild wurde entfernt, was die Website nicht "
                + "veröffentlicht: <script> – Skripte, Ereignis-Attribute, Animationen, eingebettete fremde Inhalte "
                + "und Verweise auf andere Websites werden entfernt; veröffentlicht wird das Bild ohne sie. "
                + "Exportieren Sie es als einfaches SVG („Normales SVG“), dann entfällt die Warnung.");
        ContentImage plan = result.snapshot().orElseThrow().images().stream()
                .filter(image -> image.route().equals("/bilder/plan.svg")).findFirst().orElseThrow();
        assertThat(new String(plan.bytes(), StandardCharsets.UTF_8)).contains("<rect").doesNotContain("script");
    }

    @Test
    void svgImageThatIsNoXmlIsAnError() {
        content.write("bilder/plan.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect></svg>");

        assertThat(onlyError().toString()).isEqualTo(content.path("bilder/plan.svg") + ":1:49: Fehler: Das SVG-Bild "
                + "ist kein gültiges XML – Öffnen Sie es in einem Grafikprogramm und speichern Sie es erneut als SVG.");
    }

    /** Raw HTML images are refused with a hint to Markdown, whatever their address and description. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<img src=\"/bilder/saal.png\" alt=\"Der Saal\"> | 1",
            "<IMG SRC=\"https://t.example/p.gif\">           | 1",
            "<p>Text <img src=x></p>                          | 9"})
    void imageWrittenAsHtml(String html, int column) {
        content.replace("themen/arbeit.md", "Worum es beim Thema Arbeit ging.", "Worum es ging.\n\n" + html);

        assertThat(loader.load(dir, false).report().errors()).extracting(Problem::toString).containsExactly(
                content.path("themen/arbeit.md") + ":7:" + column + ": Fehler: Bild als HTML („<img>“) – Binden "
                        + "Sie Bilder mit Markdown ein: ![Beschreibung](/bilder/datei.jpg). Nur so wird geprüft, "
                        + "dass es das Bild gibt und dass es einen Alternativtext hat.");
    }

    // --- links

    /** Every way to write a link, with a scheme that runs, embeds or leaves the web: an error where it stands. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "[x](javascript:alert(1))                     | 7:1  | javascript:alert(1)             | javascript",
            "Text [x](JaVaScRiPt:alert(1))                | 7:6  | JaVaScRiPt:alert(1)             | javascript",
            "[x](java&#x09;script:alert(1))               | 7:1  | java script:alert(1)            | javascript",
            "[x](&#106;avascript:alert(1))                | 7:1  | javascript:alert(1)             | javascript",
            "[x](vbscript:msgbox(1))                      | 7:1  | vbscript:msgbox(1)              | vbscript",
            "[x](data:text/html;base64,PHNjcmlwdD4=)      | 7:1  | data:text/html;base64,PHNjcmlwdD4= | data",
            "[x](file:///etc/passwd)                      | 7:1  | file:///etc/passwd              | file",
            "<javascript:alert(1)>                        | 7:1  | javascript:alert(1)             | javascript",
            "`[x][r]\n\n[r]: javascript:alert(1)`         | 9:1  | javascript:alert(1)             | javascript",
            "<a href=\"javascript:alert(1)\">x</a>         | 7:1  | javascript:alert(1)             | javascript",
            "Ein <a href=\"&#x6A;avascript:alert(1)\">x</a> | 7:5  | javascript:alert(1)             | javascript",
            "`<div>\n<A HREF=\" data:text/html,x\">x</A>\n</div>` | 8:1 | data:text/html,x               | data",
            "<p><a href=\"javascript:alert(1)\">eins</p>zwei   | 7:4  | javascript:alert(1)             | javascript"})
    void linkWithASchemeThatIsNotAllowed(String markdown, String position, String shown, String scheme) {
        content.replace("themen/arbeit.md", "Worum es beim Thema Arbeit ging.",
                "Worum es ging.\n\n" + markdown.replace("\\n", "\n"));

        assertThat(loader.load(dir, false).report().errors()).extracting(Problem::toString).containsExactly(
                content.path("themen/arbeit.md") + ":" + position + ": Fehler: Der Link „" + shown + "“ verwendet „"
                        + scheme + ":“, das hier nicht erlaubt ist – Erlaubt sind Links auf Webseiten (https://…), "
                        + "E-Mail-Adressen (mailto:…), Telefonnummern (tel:…) und Seiten dieser Website (/…); "
                        + "Skripte und eingebettete Daten nicht.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[x](https://www.bmas.de)", "[x](http://www.bmas.de)", "[x](mailto:info@bmas.de)",
            "[x](tel:+49301234)", "[x](/programm)", "[x](#bericht)", "<https://www.bmas.de>", "www.bmas.de",
            "<a href=\"/programm\">x</a>", "[x][r]\n\n[r]: https://www.bmas.de"})
    void linkWithAnAllowedScheme(String markdown) {
        content.replace("themen/arbeit.md", "Worum es beim Thema Arbeit ging.",
                "Worum es ging.\n\n" + markdown.replace("\\n", "\n"));

        assertThat(loader.load(dir, false).report().problems()).isEmpty();
    }

    /** Flexmark leaves an e-mail autolink's URL empty: the link is its address with „mailto:“. */
    @ParameterizedTest
    @ValueSource(strings = {"<info@testveranstalter.invalid>", "info@testveranstalter.invalid"})
    void eMailAddressAsAutolink(String markdown) {
        content.replace("themen/arbeit.md", "Worum es beim Thema Arbeit ging.", "Fragen an " + markdown + ".");

        ContentLoader.Result result = loader.load(dir, false);

        assertThat(result.report().problems()).isEmpty();
        Doc<Topic> topic = result.snapshot().orElseThrow().topics().get(0);
        assertThat(topic.origin().links()).extracting(Link::url).containsExactly("mailto:info@testveranstalter.invalid");
        assertThat(topic.html()).contains("<a href=\"mailto:info@testveranstalter.invalid\">");
    }

    @Test
    void eMailLinkWithoutAnAddressIsNamed() {
        content.replace("themen/arbeit.md", "Worum es beim Thema Arbeit ging.", "Fragen [per E-Mail](mailto:).");

        assertThat(onlyError().toString()).isEqualTo(content.path("themen/arbeit.md") + ":5:8: Fehler: Der Link "
                + "„mailto:“ ist keine gültige Adresse – Prüfen Sie sie auf Tippfehler; am sichersten kopieren Sie "
                + "sie aus der Adresszeile des Browsers.");
    }

    // --- warnings

    @Test
    void rawHtmlThatTheSanitizerStripsIsAWarning() {
        content.replace("themen/arbeit.md", "Worum es beim Thema Arbeit ging.",
                "Worum es beim Thema <span style=\"color: red\">Arbeit</span> ging.\n\n<script>alert(1)</script>");

        ContentReport report = loader.load(dir, false).report();

        assertThat(report.hasErrors()).isFalse();
        assertThat(report.problems()).extracting(Problem::toString).containsExactly(
                content.path("themen/arbeit.md") + ":5:21: Warnung: HTML wird beim Veröffentlichen entfernt: "
                        + "<span style=\"color: red\"> – Erlaubt sind nur einfache Auszeichnungen ohne Skripte, "
                        + "Stile und Ereignis-Attribute.",
                content.path("themen/arbeit.md") + ":7:1: Warnung: HTML wird beim Veröffentlichen entfernt: "
                        + "<script>alert(1)</script> – Erlaubt sind nur einfache Auszeichnungen ohne Skripte, "
                        + "Stile und Ereignis-Attribute.");
    }

    @Test
    void placeholdersAreWarnings() {
        content.replace("seiten/impressum.md", "Anbieter ist der Testveranstalter.",
                "Anbieter ist der Testveranstalter.\n\nE-Mail: redaktion@example.org (TODO)");

        ContentReport report = loader.load(dir, false).report();

        assertThat(report.hasErrors()).isFalse();
        assertThat(report.problems()).extracting(Problem::toString).containsExactly(
                content.path("seiten/impressum.md") + ":8:19: Warnung: Platzhalter-Adresse „example.org“ – "
                        + "Ersetzen Sie sie durch die echte Adresse, sobald sie bekannt ist.",
                content.path("seiten/impressum.md") + ":8:32: Warnung: Offener Punkt „TODO“ – "
                        + "Ergänzen Sie den fehlenden Text oder entfernen Sie den Vermerk.");
    }

    @Test
    void pageMarkedAsPlaceholderIsAWarning() {
        content.replace("seiten/impressum.md", "menu: footer", "menu: footer\nplaceholder: true");

        ContentReport report = loader.load(dir, false).report();

        assertThat(report.hasErrors()).isFalse();
        assertThat(report.problems()).extracting(Problem::toString).containsExactly(
                content.path("seiten/impressum.md") + ":5:14: Warnung: Die Seite ist als Platzhalter markiert – "
                        + "Entfernen Sie „placeholder: true“, sobald alle Angaben echt sind.");
    }

    // --- drafts

    @Test
    void referenceToADraftIsAnErrorInProduction() {
        content.replace("sessions/zweite-session.md", "format: World Café", "format: World Café\ndraft: true");

        List<String> errors = loader.load(dir, false).report().errors().stream().map(Problem::toString).toList();

        assertThat(errors).containsExactly(
                content.path("programm.md") + ":17:9: Fehler: Session „zweite-session“ ist ein Entwurf und wird nicht "
                        + "veröffentlicht – Veröffentlichen Sie es (draft entfernen) oder entfernen Sie den Verweis.");
    }

    /** The preview shows drafts, but must not let pass what production refuses. */
    @Test
    void referenceToADraftIsTheSameErrorInPreview() {
        content.replace("sessions/zweite-session.md", "format: World Café", "format: World Café\ndraft: true");

        assertThat(loader.load(dir, true).report().errors()).isEqualTo(loader.load(dir, false).report().errors())
                .singleElement().extracting(Problem::message)
                .isEqualTo("Session „zweite-session“ ist ein Entwurf und wird nicht veröffentlicht");
    }

    @Test
    void aMistypedReferenceGetsTheSameAdviceInPreviewWithoutNamingDrafts() {
        content.write("sessions/zweite-sitzung.md", "---\ntitle: Entwurf\nformat: Panel\nteaser: Noch nicht "
                + "fertig.\ndraft: true\n---\nText.\n");
        content.replace("programm.md", "      - zweite-session", "      - zweite-sesion");

        assertThat(loader.load(dir, true).report().errors()).isEqualTo(loader.load(dir, false).report().errors())
                .singleElement().extracting(Problem::hint).asString()
                .startsWith("Meinten Sie „zweite-session“?").doesNotContain("zweite-sitzung");
    }

    @Test
    void aDraftMayReferToAnotherDraft() {
        content.write("themen/entwurfs-thema.md", "---\ntitle: Entwurfsthema\nteaser: Noch nicht fertig.\n"
                + "draft: true\n---\n");
        content.write("sessions/entwurf.md", "---\ntitle: Entwurf\nformat: Panel\nteaser: Noch nicht fertig.\n"
                + "topics:\n  - entwurfs-thema\ndraft: true\n---\nText.\n");

        assertThat(loader.load(dir, true).report().problems()).isEmpty();
        assertThat(loader.load(dir, false).report().problems()).isEmpty();
    }

    @Test
    void draftsAreLeftOutOfAProductionSnapshot() {
        content.write("sessions/entwurf.md", "---\ntitle: Entwurf\nformat: Panel\nteaser: Noch nicht fertig.\n"
                + "draft: true\n---\nText.\n");

        Snapshot production = loader.load(dir, false).snapshot().orElseThrow();
        Snapshot preview = loader.load(dir, true).snapshot().orElseThrow();

        assertThat(production.session("entwurf")).isEmpty();
        assertThat(preview.session("entwurf")).isPresent();
    }

    @Test
    void windowsLineEndingsKeepPositions() {
        content.write("sessions/zweite-session.md", content.read("sessions/zweite-session.md")
                .replace("format: World Café", "format: World Café\nroom: [Saal 2] oben")
                .replace("Ein kurzer Bericht.", "Ein kurzer Bericht. TODO")
                .replace("\n", "\r\n"));

        assertThat(loader.load(dir, false).report().problems()).extracting(Problem::location).containsExactly(
                content.path("sessions/zweite-session.md") + ":4:16",
                content.path("sessions/zweite-session.md") + ":11:21");
    }

    // --- all at once

    @Test
    void everyProblemIsReportedAtOnceInFileOrder() {
        content.replace("sessions/erste-session.md", "title: Erste Session", "titel: Erste Session");
        content.replace("veranstaltung.md", "date: 2025-02-25", "date: 25.02.2025");
        content.write("themen/arbeit.md", "");

        assertThat(loader.load(dir, false).report().errors()).extracting(Problem::location).containsExactly(
                content.path("sessions/erste-session.md") + ":2:1",
                content.path("themen/arbeit.md") + ":1:1",
                content.path("veranstaltung.md") + ":4:7");
    }

    private Problem onlyError() {
        ContentReport report = loader.load(dir, false).report();
        assertThat(report.errors()).as(report.format()).hasSize(1);
        return report.errors().get(0);
    }
}
