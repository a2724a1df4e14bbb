package de.bmas.microsite.check;

import de.bmas.microsite.content.source.Problem;
import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static de.bmas.microsite.check.Problems.AWKWARD_ERROR;
import static de.bmas.microsite.check.Problems.AWKWARD_PATH;
import static de.bmas.microsite.check.Problems.AWKWARD_WARNING;
import static de.bmas.microsite.check.Problems.error;
import static de.bmas.microsite.check.Problems.report;
import static de.bmas.microsite.check.Problems.warning;
import static org.assertj.core.api.Assertions.assertThat;

/** What editors read: their errors first, the placeholder warnings folded, the count line last. */
class HumanReportTest {

    private static final String IMPRESSUM = "content/seiten/impressum.md";
    private static final String PLACEHOLDER = "Platzhalter im Text";
    private static final String REPLACE = "Ersetzen Sie ihn, sobald die Angabe bekannt ist.";
    private static final String SIMPLE_MARKUP = "Nur einfache Auszeichnungen.";

    @Test
    void errorsComeFirstAndWarningsOfOneKindInOneFileShareALine() {
        String out = HumanReport.format(report(
                warning(IMPRESSUM, 5, 14, "Die Seite ist als Platzhalter markiert",
                        "Entfernen Sie „placeholder: true“."),
                warning(IMPRESSUM, 9, 1, PLACEHOLDER, REPLACE),
                warning(IMPRESSUM, 10, 1, PLACEHOLDER, REPLACE),
                warning(IMPRESSUM, 17, 20, "Platzhalter-Adresse „example.org“", "Ersetzen Sie sie."),
                warning(IMPRESSUM, 17, 63, PLACEHOLDER, REPLACE),
                warning(IMPRESSUM, 17, 70, PLACEHOLDER, REPLACE),
                warning("content/seiten/datenschutz.md", 11, 1, PLACEHOLDER, REPLACE),
                error("content/veranstaltung.md", 4, 7, "„25.02.2025“ ist kein gültiges Datum",
                        "Erwartet wird JJJJ-MM-TT."),
                error("content/sessions/erste.md", 2, 1, "Unbekanntes Feld „titel“", "Meinten Sie „title“?")));

        assertThat(out).isEqualTo("""
                content/sessions/erste.md:2:1: Fehler: Unbekanntes Feld „titel“ – Meinten Sie „title“?
                content/veranstaltung.md:4:7: Fehler: „25.02.2025“ ist kein gültiges Datum – Erwartet wird JJJJ-MM-TT.
                content/seiten/datenschutz.md:11:1: Warnung: Platzhalter im Text – Ersetzen Sie ihn, sobald die Angabe \
                bekannt ist.
                content/seiten/impressum.md:5:14: Warnung: Die Seite ist als Platzhalter markiert – Entfernen Sie \
                „placeholder: true“.
                content/seiten/impressum.md: 4 Warnungen – Platzhalter im Text (Zeilen 9, 10, 17) – Ersetzen Sie ihn, \
                sobald die Angabe bekannt ist.
                content/seiten/impressum.md:17:20: Warnung: Platzhalter-Adresse „example.org“ – Ersetzen Sie sie.
                2 Fehler, 7 Warnungen
                """);
    }

    @Test
    void errorsAreNeverGrouped() {
        String out = HumanReport.format(report(
                error(IMPRESSUM, 3, 1, "Unbekanntes Feld „titel“", "Meinten Sie „title“?"),
                error(IMPRESSUM, 4, 1, "Unbekanntes Feld „titel“", "Meinten Sie „title“?")));

        assertThat(out.lines()).containsExactly(
                "content/seiten/impressum.md:3:1: Fehler: Unbekanntes Feld „titel“ – Meinten Sie „title“?",
                "content/seiten/impressum.md:4:1: Fehler: Unbekanntes Feld „titel“ – Meinten Sie „title“?",
                "2 Fehler, 0 Warnungen");
    }

    @Test
    void aGroupOfDifferentMessagesIsNamedByItsKindAndOneLineIsNamedOnce() {
        String out = HumanReport.format(report(
                warning(IMPRESSUM, 8, 1, "HTML wird beim Veröffentlichen entfernt: <font>", SIMPLE_MARKUP),
                warning(IMPRESSUM, 8, 30, "HTML wird beim Veröffentlichen entfernt: <center>", SIMPLE_MARKUP)));

        assertThat(out.lines()).containsExactly(
                "content/seiten/impressum.md: 2 Warnungen – HTML wird beim Veröffentlichen entfernt (Zeile 8) – "
                        + SIMPLE_MARKUP,
                "0 Fehler, 2 Warnungen");
    }

    @Test
    void warningsWithDifferentHintsAreNotFoldedIntoOneAdvice() {
        String out = HumanReport.format(report(
                warning(IMPRESSUM, 2, 1, "Wird nicht verwendet", "Bekannt sind: a."),
                warning(IMPRESSUM, 3, 1, "Wird nicht verwendet", "Bekannt sind: b.")));

        assertThat(out.lines()).containsExactly(
                "content/seiten/impressum.md:2:1: Warnung: Wird nicht verwendet – Bekannt sind: a.",
                "content/seiten/impressum.md:3:1: Warnung: Wird nicht verwendet – Bekannt sind: b.",
                "0 Fehler, 2 Warnungen");
    }

    @Test
    void aLongGroupListsTenLinesAndCountsAll() {
        Problem[] warnings = IntStream.rangeClosed(1, 12)
                .mapToObj(line -> warning(IMPRESSUM, line * 2, 1, PLACEHOLDER, null))
                .toArray(Problem[]::new);

        assertThat(HumanReport.format(report(warnings)).lines()).containsExactly(
                "content/seiten/impressum.md: 12 Warnungen – Platzhalter im Text "
                        + "(Zeilen 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, …)",
                "0 Fehler, 12 Warnungen");
    }

    @Test
    void keepsEveryCharacterOfTheMessages() {
        String out = HumanReport.format(report(AWKWARD_WARNING, AWKWARD_ERROR));

        assertThat(out).isEqualTo(AWKWARD_PATH + ":3:7: Fehler: Unbekanntes Feld „Größe: 100 %, \"roh\"“ – "
                + "Meinten Sie „groesse“?\r\nErlaubt: a, b – 50 %.\n"
                + "inhalt/themen/arbeit.md:12:1: Warnung: Der Kopfbereich kann nicht gelesen werden "
                + "(Zeile 2: \"a\",\nZeile 3: 'b')\n"
                + "1 Fehler, 1 Warnung\n");
    }

    @Test
    void anEmptyReportIsItsCountLine() {
        assertThat(HumanReport.format(report())).isEqualTo("0 Fehler, 0 Warnungen\n");
    }
}
