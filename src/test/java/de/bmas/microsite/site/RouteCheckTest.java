package de.bmas.microsite.site;

import de.bmas.microsite.content.model.Link;
import de.bmas.microsite.content.model.Session;
import de.bmas.microsite.content.source.ContentReport;
import de.bmas.microsite.content.source.Problem;
import de.bmas.microsite.testing.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Markdown links to internal pages are checked against the routes the site really has, and no stand or page takes
 * an address that is already taken.
 */
class RouteCheckTest extends FixtureSite {

    private static final String LINK = "[zweiten Session](/sessions/zweite-session)";

    @Test
    void linksToExistingPagesSectionsAndImagesPass() {
        content.replace("themen/arbeit.md", "Worum es beim Thema Arbeit ging.",
                "Siehe [Programm](/programm#eroeffnung), [Sessions](/sessions/), [Impressum](/impressum?x=1), "
                        + "[Infostand](/infostand), [Foto](/bilder/saal.png), [oben](#top), "
                        + "[E-Mail](mailto:info@testveranstalter.invalid) und [extern](https://www.bmas.de/).");

        SiteBuilder.Build build = builder.build();

        assertThat(build.report().problems()).isEmpty();
        assertThat(build.site()).isPresent();
    }

    /** Flexmark leaves an e-mail autolink's URL empty; it once was „Der Link „“ ist unvollständig“. */
    @Test
    void eMailAddressesWrittenAsTheyArePassAndBecomeMailtoLinks() {
        content.replace("themen/arbeit.md", "Worum es beim Thema Arbeit ging.",
                "Fragen an <info@testveranstalter.invalid> oder presse@testveranstalter.invalid.");

        SiteBuilder.Build build = builder.build();

        assertThat(build.report().problems()).isEmpty();
        assertThat(new String(build.site().orElseThrow().rendered().get("/themen/arbeit").orElseThrow().body(),
                StandardCharsets.UTF_8))
                .contains("<a href=\"mailto:info@testveranstalter.invalid\">info@testveranstalter.invalid</a>",
                        "<a href=\"mailto:presse@testveranstalter.invalid\">presse@testveranstalter.invalid</a>");
    }

    @Test
    void aLinkWithoutAnAddressIsNamedAsSuch() {
        content.replace("themen/arbeit.md", "Worum es beim Thema Arbeit ging.", "Siehe [Programm]().");

        assertThat(builder.build().report().problems()).extracting(Problem::toString).containsExactly(
                content.path("themen/arbeit.md") + ":5:7: Fehler: Der Link hat keine Adresse – Schreiben Sie die "
                        + "Adresse in die runden Klammern, z. B. [Programm](/programm) oder "
                        + "[BMAS](https://www.bmas.de).");
    }

    @Test
    void linkToAnInternalPageThatDoesNotExistIsAnError() {
        content.replace("sessions/erste-session.md", LINK, "[zweiten Session](/sessions/gibt-es-nicht)");

        Problem problem = onlyError();

        assertThat(problem.location()).isEqualTo(content.path("sessions/erste-session.md") + ":25:24");
        assertThat(problem.message()).isEqualTo("Der Link „/sessions/gibt-es-nicht“ führt zu keiner Seite");
    }

    @Test
    void misspelledLinkGetsTheNearestRoute() {
        content.replace("sessions/erste-session.md", LINK, "[zweiten Session](/sessions/zweite-sesion)");

        assertThat(onlyError().toString()).isEqualTo(content.path("sessions/erste-session.md")
                + ":25:24: Fehler: Der Link „/sessions/zweite-sesion“ führt zu keiner Seite – "
                + "Meinten Sie „/sessions/zweite-session“?");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"sessions/zweite-session | /sessions/zweite-session",
            "../programm.md | /programm", "seiten/impressum.md#kontakt | /impressum#kontakt",
            "..\\programm.md | /programm", "./sessions/x.md | /sessions/x.md"})
    void relativeLinkIsAnErrorWithTheAddressItMeans(String written, String meant) {
        content.replace("sessions/erste-session.md", LINK, "[zweiten Session](" + written + ")");

        assertThat(onlyError().toString()).isEqualTo(content.path("sessions/erste-session.md")
                + ":25:24: Fehler: Der Link „" + written + "“ ist unvollständig – Links auf Seiten dieser Website "
                + "beginnen mit „/“, z. B. „" + meant + "“; Links auf andere Websites mit „https://“.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"www.bmas.de | https:// | https://www.bmas.de",
            "https//www.bmas.de | https:// | https://www.bmas.de",
            "HTTP//example.org/a | HTTP:// | HTTP://example.org/a"})
    void aWebAddressWithoutHttpsGetsItSuggested(String written, String scheme, String meant) {
        content.replace("sessions/erste-session.md", LINK, "[BMAS](" + written + ")");

        assertThat(onlyError().toString()).isEqualTo(content.path("sessions/erste-session.md")
                + ":25:24: Fehler: Der Link „" + written + "“ ist unvollständig – Links auf andere Websites beginnen "
                + "mit „" + scheme + "“, z. B. „" + meant + "“.");
    }

    @Test
    void anEmailAddressWithoutMailtoGetsItSuggested() {
        content.replace("sessions/erste-session.md", LINK, "[Mail](redaktion@bmas.de)");

        assertThat(onlyError().toString()).isEqualTo(content.path("sessions/erste-session.md")
                + ":25:24: Fehler: Der Link „redaktion@bmas.de“ ist unvollständig – Links auf E-Mail-Adressen "
                + "beginnen mit „mailto:“, z. B. „mailto:redaktion@bmas.de“.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"http://127.0.0.1:8080/programm | /programm", "http://localhost:8080 | /",
            "https://LOCALHOST/sessions/zweite-session#text | /sessions/zweite-session#text",
            "http://0.0.0.0:8080/impressum | /impressum", "//localhost:8080/programm | /programm",
            "localhost:8080/programm | /programm", "127.0.0.1:8080/programm | /programm"})
    void aLinkCopiedFromThePreviewIsAnError(String written, String meant) {
        content.replace("sessions/erste-session.md", LINK, "[hier](" + written + ")");

        assertThat(onlyError().toString()).isEqualTo(content.path("sessions/erste-session.md")
                + ":25:24: Fehler: Der Link „" + written + "“ führt auf Ihren eigenen Rechner – So lautet die "
                + "Adresse nur in Ihrer Vorschau; Besucherinnen und Besucher erreichen sie nicht. Schreiben Sie für "
                + "Seiten und Bilder dieser Website nur den Teil ab „/“, z. B. „" + meant + "“.");
    }

    @Test
    void anImageFromThePreviewIsAnErrorToo() {
        content.replace("sessions/erste-session.md", LINK, "![Saal](http://localhost:8080/bilder/saal.png)");

        assertThat(onlyError().toString()).startsWith(content.path("sessions/erste-session.md")
                + ":25:24: Fehler: Das Bild „http://localhost:8080/bilder/saal.png“ führt auf Ihren eigenen Rechner "
                + "– So lautet die Adresse nur in Ihrer Vorschau").endsWith("z. B. „/bilder/saal.png“.");
    }

    @Test
    void linkToADraftIsAnErrorInProduction() {
        content.write("seiten/kontakt.md", "---\ntitle: Kontakt\nteaser: Noch nicht fertig.\ndraft: true\n---\nText.\n");
        content.replace("seiten/impressum.md", "Anbieter ist der Testveranstalter.",
                "Anbieter ist der Testveranstalter. Zum [Kontakt](/kontakt).");

        assertThat(onlyError().toString()).isEqualTo(content.path("seiten/impressum.md")
                + ":6:40: Fehler: Der Link „/kontakt“ führt zu keiner Seite – Prüfen Sie die Adresse auf "
                + "Tippfehler. Ist das Ziel ein Entwurf („draft: true“), geht der Link erst, wenn es veröffentlicht "
                + "ist.");
    }

    /** Which of the two is new only the editor knows: both files are named, at both. */
    @Test
    void pageWithTheSlugOfAStand() {
        content.write("seiten/infostand.md", "---\ntitle: Infostand\nteaser: Doppelt.\n---\nText.\n");

        String both = "Die Adresse /infostand haben zwei Dateien: „" + content.path("staende/infostand.md") + "“ und „"
                + content.path("seiten/infostand.md") + "“ – Benennen Sie eine der beiden Dateien um: Infostände und "
                + "Seiten teilen sich die Adressen.";
        assertThat(builder.build().report().errors()).extracting(Problem::toString).containsExactlyInAnyOrder(
                content.path("staende/infostand.md") + ":1:1: Fehler: " + both,
                content.path("seiten/infostand.md") + ":1:1: Fehler: " + both);
    }

    /** The image is there, with an error of its own: a link to it is no second error. */
    @Test
    void aLinkToAnImageWithAnErrorIsNoSecondError() {
        content.write("bilder/saal.png", "Kein Bild.".getBytes(StandardCharsets.UTF_8));
        content.replace("sessions/erste-session.md", LINK, "[der Saal](/bilder/saal.png)");

        assertThat(onlyError().toString()).startsWith(content.path("bilder/saal.png")
                + ":1:1: Fehler: „saal.png“ ist kein PNG-Bild");
    }

    @Test
    void pageWithTheSlugOfAFixedSection() {
        content.write("seiten/programm.md", "---\ntitle: Programm\nteaser: Doppelt.\n---\nText.\n");

        assertThat(onlyError().toString()).startsWith(content.path("seiten/programm.md")
                + ":1:1: Fehler: Die Adresse /programm ist schon vergeben");
    }

    /** Editors see every problem at once, not the links only after the rest is fixed. */
    @Test
    void linksAreCheckedWhileOtherFilesHaveErrors() {
        content.replace("sessions/erste-session.md", LINK, "[zweiten Session](/sessions/gibt-es-nicht)");
        content.replace("themen/arbeit.md", "title:", "titel:");

        SiteBuilder.Build build = builder.build();

        assertThat(build.report().errors()).extracting(Problem::toString).containsExactly(
                content.path("sessions/erste-session.md") + ":25:24: Fehler: Der Link „/sessions/gibt-es-nicht“ "
                        + "führt zu keiner Seite – Prüfen Sie die Adresse auf Tippfehler. Ist das Ziel ein Entwurf "
                        + "(„draft: true“), geht der Link erst, wenn es veröffentlicht ist.",
                content.path("themen/arbeit.md") + ":2:1: Fehler: Unbekanntes Feld „titel“ – Meinten Sie "
                        + "„title“? Erlaubte Felder: draft, teaser, title");
        assertThat(build.site()).isEmpty();
    }

    /** A mistake in the front matter does not hide the body's broken links and images until it is fixed. */
    @Test
    void theBodyOfAFileWithErrorsInItsFrontMatterIsCheckedToo() {
        content.replace("sessions/erste-session.md", LINK,
                "[zweiten Session](/sessions/gibt-es-nicht) ![Saal](/bilder/fehlt.png)");
        content.replace("sessions/erste-session.md", "title:", "titel:");

        assertThat(builder.build().report().errors()).extracting(Problem::toString).satisfiesExactly(
                binding -> assertThat(binding).startsWith(content.path("sessions/erste-session.md")
                        + ":2:1: Fehler: Unbekanntes Feld „titel“"),
                link -> assertThat(link).isEqualTo(
                content.path("sessions/erste-session.md") + ":25:24: Fehler: Der Link „/sessions/gibt-es-nicht“ "
                        + "führt zu keiner Seite – Prüfen Sie die Adresse auf Tippfehler. Ist das Ziel ein Entwurf "
                        + "(„draft: true“), geht der Link erst, wenn es veröffentlicht ist."),
                image -> assertThat(image).isEqualTo(content.path("sessions/erste-session.md") + ":25:67: Fehler: "
                        + "Das Bild „/bilder/fehlt.png“ gibt es nicht – Bilder liegen im Ordner „bilder“ und werden "
                        + "als /bilder/datei.jpg eingebunden."));
    }

    @Test
    void aLinkToAFileWithErrorsIsNotReportedAsWell() {
        content.replace("sessions/zweite-session.md", "title:", "titel:");
        content.replace("themen/arbeit.md", "Worum es beim Thema Arbeit ging.",
                "Siehe [Session](/sessions/zweite-session) und [Kalender](/sessions/zweite-session.ics).");

        assertThat(onlyError().toString()).startsWith(content.path("sessions/zweite-session.md")
                + ":2:1: Fehler: Unbekanntes Feld „titel“");
    }

    /** check reports without rendering the site, and reports the same problems as a build does. */
    @Test
    void checkReportsWhatABuildReports() {
        content.replace("sessions/erste-session.md", LINK, "[zweiten Session](/sessions/zweite-sesion)");
        content.replace("themen/arbeit.md", "title:", "titel:");

        assertThat(builder.check().toString()).isEqualTo(builder.build().report().toString())
                .contains("/sessions/zweite-sesion", "„titel“");
    }

    private Problem onlyError() {
        SiteBuilder.Build build = builder.build();
        ContentReport report = build.report();
        assertThat(report.errors()).as(report.toString()).hasSize(1);
        assertThat(build.site()).as("a site is never built from content with errors").isEmpty();
        return report.errors().get(0);
    }
}
