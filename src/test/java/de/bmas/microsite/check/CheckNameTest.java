package de.bmas.microsite.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static de.bmas.microsite.check.Problems.error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The kind of a problem as derived from messages the checks really write: the variable parts go, the fixed part
 * stays, so problems of one kind share a name whatever value they are about.
 */
class CheckNameTest {

    static Stream<Arguments> messagesOfTheChecks() {
        return Stream.of(
                arguments("Unbekanntes Feld „titel“", "Unbekanntes Feld „…“", "unbekanntes-feld"),
                arguments("Unbekanntes Feld „uhrzeit“", "Unbekanntes Feld „…“", "unbekanntes-feld"),
                arguments("„25.02.2025“ ist kein gültiges Datum",
                        "„…“ ist kein gültiges Datum", "ist-kein-gueltiges-datum"),
                arguments("Platzhalter-Adresse „example.org“", "Platzhalter-Adresse „…“", "platzhalter-adresse"),
                arguments("Das Ende (10:00) liegt nicht nach dem Beginn (09:30)",
                        "Das Ende liegt nicht nach dem Beginn", "das-ende-liegt-nicht-nach-dem-beginn"),
                arguments("Falscher Typ: hier wird eine Liste (Zeilen mit „- “) erwartet",
                        "Falscher Typ", "falscher-typ"),
                arguments("HTML wird beim Veröffentlichen entfernt: <font color=red>",
                        "HTML wird beim Veröffentlichen entfernt", "html-wird-beim-veroeffentlichen-entfernt"),
                arguments("Die Adresse /programm ist schon vergeben",
                        "Die Adresse … ist schon vergeben", "die-adresse-ist-schon-vergeben"),
                arguments("Überschrift der Ebene 1 („# “) im Text",
                        "Überschrift der Ebene 1 im Text", "ueberschrift-der-ebene-1-im-text"),
                arguments("Zu viel HTML im Text (mehr als 200 HTML-Tags)",
                        "Zu viel HTML im Text", "zu-viel-html-im-text"),
                arguments("Der Kopfbereich kann nicht gelesen werden (found ( here",
                        "Der Kopfbereich kann nicht gelesen werden", "der-kopfbereich-kann-nicht-gelesen-werden"),
                arguments("Die Person „Dr. Maß“ steht nicht unter „people“ dieser Session",
                        "Die Person „…“ steht nicht unter „…“ dieser Session",
                        "die-person-steht-nicht-unter-dieser-session"));
    }

    @ParameterizedTest
    @MethodSource("messagesOfTheChecks")
    void keepsTheFixedPartOfTheMessage(String message, String label, String id) {
        CheckName name = CheckName.of(error("a.md", 1, 1, message, "Hinweis"));

        assertThat(name.label()).isEqualTo(label);
        assertThat(name.id()).isEqualTo(id);
    }

    @Test
    void detailsOverSeveralLinesGoAsAWhole() {
        assertThat(CheckName.of(error("a.md", 1, 1, "Der Kopfbereich kann nicht gelesen werden (Zeile 2:\n„a“,\nZeile 3)",
                null)).label()).isEqualTo("Der Kopfbereich kann nicht gelesen werden");
        assertThat(CheckName.of(error("a.md", 1, 1, "Falscher Typ: hier wird ein Text erwartet,\ndann mehr", null))
                .label()).isEqualTo("Falscher Typ");
    }
}
