package de.bmas.microsite.content.source;

import de.bmas.microsite.content.model.Doc;
import de.bmas.microsite.content.model.Link;
import de.bmas.microsite.content.model.Snapshot;
import de.bmas.microsite.content.model.Topic;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

/**
 * The Markdown text below the front matter: links whose scheme would run code, embed data or leave the web, headings
 * that compete with the page title, raw HTML the sanitizer strips, and markup shown as typed (also HTML in the front
 * matter). What could run in a visitor's browser is refused or named, and each page keeps its title as its only
 * level-1 heading.
 */
class MarkdownTextProblemsTest extends ContentProblemsFixture {

    /** The page's title is its only level-1 heading, on every kind of page. */
    @Test
    void levelOneHeadingInTheTextIsAnError() {
        content.replace("sessions/erste-session.md", "![Die Bühne der ersten Session](/bilder/saal.png)",
                "# Zwischentitel");
        content.replace("themen/arbeit.md", "Worum es beim Thema Arbeit ging.", "# Zwischentitel");

        assertThat(errors()).containsExactly(
                content.path("sessions/erste-session.md") + ":23:1: Fehler: Überschrift der Ebene 1 („# “) im Text – "
                        + "Der Seitentitel ist die einzige Hauptüberschrift; beginnen Sie im Text mit „## “.",
                content.path("themen/arbeit.md") + ":5:1: Fehler: Überschrift der Ebene 1 („# “) im Text – Der "
                        + "Seitentitel ist die einzige Hauptüberschrift; beginnen Sie im Text mit „## “.");
    }

    /**
     * Headings come right below the page's own: a session's under „Bericht“ (h2) start at h3, a topic's under its
     * title at h2, whichever level the editor started with (a heading per line, given here as "A / B").
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "sessions/erste-session.md | ## A / ### B    | h3 A, h4 B",
            "sessions/erste-session.md | ### A / #### B  | h3 A, h4 B",
            "themen/arbeit.md          | ## A / ### B    | h2 A, h3 B",
            "themen/arbeit.md          | ### A / ##### B | h2 A, h4 B"})
    void headingsStartBelowThePagesOwn(String file, String markdown, String headings) {
        String anchor = file.startsWith("sessions") ? "## Bericht" : "Worum es beim Thema Arbeit ging.";
        content.replace(file, anchor, markdown.replace(" / ", "\n\n"));

        Snapshot snapshot = Snapshots.published(loader.load(dir, false)).orElseThrow();
        String html = Stream.concat(snapshot.sessions().stream(), snapshot.topics().stream())
                .filter(doc -> file.endsWith("/" + doc.slug() + ".md")).findFirst().orElseThrow().html();
        assertThat(Jsoup.parse(html).select("h2, h3, h4, h5, h6"))
                .extracting(heading -> heading.tagName() + " " + heading.text())
                .containsExactly(headings.split(", "));
    }

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

        assertThat(errors()).containsExactly(
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

        assertThat(problems()).isEmpty();
    }

    /** Flexmark leaves an e-mail autolink's URL empty: the link is its address with „mailto:“. */
    @ParameterizedTest
    @ValueSource(strings = {"<info@testveranstalter.invalid>", "info@testveranstalter.invalid"})
    void eMailAddressAsAutolink(String markdown) {
        content.replace("themen/arbeit.md", "Worum es beim Thema Arbeit ging.", "Fragen an " + markdown + ".");

        ContentLoader.Result result = loader.load(dir, false);

        assertThat(result.report().problems()).isEmpty();
        Doc<Topic> topic = Snapshots.published(result).orElseThrow().topics().get(0);
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

    @Test
    void rawHtmlThatTheSanitizerStripsIsAWarning() {
        content.replace("themen/arbeit.md", "Worum es beim Thema Arbeit ging.",
                "Worum es beim Thema <span style=\"color: red\">Arbeit</span> ging.\n\n<script>alert(1)</script>");

        assertThat(problems()).containsExactly(
                content.path("themen/arbeit.md") + ":5:21: Warnung: HTML wird beim Veröffentlichen entfernt: "
                        + "<span style=\"color: red\"> – Erlaubt sind nur einfache Auszeichnungen ohne Skripte, "
                        + "Stile und Ereignis-Attribute.",
                content.path("themen/arbeit.md") + ":7:1: Warnung: HTML wird beim Veröffentlichen entfernt: "
                        + "<script>alert(1)</script> – Erlaubt sind nur einfache Auszeichnungen ohne Skripte, "
                        + "Stile und Ereignis-Attribute.");
    }

    @Test
    void aLinkWithABlankBeforeItsAddressIsAWarningAlsoAsTheTextsOnlyLink() {
        content.replace("themen/arbeit.md", "Worum es beim Thema Arbeit ging.", "Mehr unter [Programm] (/programm).");

        assertThat(problems()).singleElement(STRING).startsWith(content.path("themen/arbeit.md")
                        + ":5:12: Warnung: Link oder Bild wird als Text angezeigt: „[Programm] (…“");
    }

    @Test
    void wordsInBracketsFollowedByWordsInParenthesesAreNoLink() {
        content.replace("themen/arbeit.md", "Worum es beim Thema Arbeit ging.",
                "Sie sagte, das sei „[sic] (so im Original)“ gewesen. Die Gäste [rund 50] (laut Liste) kamen.");

        assertThat(problems()).isEmpty();
    }

    @Test
    void markdownShownAsTypedIsAWarning() {
        content.replace("themen/arbeit.md", "Worum es beim Thema Arbeit ging.",
                "Mehr im [Programm] (/programm) und im [Impressum](/impressum.\n\n#Ausblick\n\n"
                        + "![Foto](/bilder/Bühne 1.jpg) und `[Code](ok)`");

        String link = " – Schreiben Sie einen Link als [Text](/adresse) und ein Bild als "
                + "![Beschreibung](/bilder/datei.jpg): ohne Leerzeichen zwischen „]“ und „(“ und in der Adresse, "
                + "mit der schließenden Klammer „)“.";
        assertThat(problems()).containsExactly(
                content.path("themen/arbeit.md") + ":5:9: Warnung: Link oder Bild wird als Text angezeigt: "
                        + "„[Programm] (…“" + link,
                content.path("themen/arbeit.md") + ":5:39: Warnung: Link oder Bild wird als Text angezeigt: "
                        + "„[Impressum](…“" + link,
                content.path("themen/arbeit.md") + ":7:1: Warnung: Überschrift wird als Text angezeigt: "
                        + "„#Ausblick“ – Nach den Rautezeichen gehört ein Leerzeichen, z. B. „## Ausblick“.",
                content.path("themen/arbeit.md") + ":9:1: Warnung: Link oder Bild wird als Text angezeigt: "
                        + "„![Foto](…“" + link);
    }

    @Test
    void aHashGluedToAWordAfterAValueWithoutQuotesIsAWarningAsItCutsTheValueShort() {
        content.replace("sessions/erste-session.md", "title: Erste Session", "title: Erste Session #1 am Morgen");
        content.replace("sessions/zweite-session.md", "title: Zweite Session", "title: \"Zweite Session #2\"");
        content.replace("sessions/zweite-session.md", "format: World Café", "format: World Café # eine Notiz");

        assertThat(problems()).containsExactly(content.path(
                "sessions/erste-session.md") + ":2:22: Warnung: Ab „#“ gilt der Rest der Zeile als Notiz und wird "
                + "nicht angezeigt: „#1 am Morgen“ – Gehört das „#“ zum Wert, setzen Sie den ganzen Wert in "
                + "Anführungszeichen: „title: \"Erste Session #1 am Morgen\"“. Ist es eine Notiz, schreiben Sie "
                + "nach dem „#“ ein Leerzeichen.");
    }

    @Test
    void aTitleOfMoreThanAHundredCharactersIsAWarning() {
        content.replace("sessions/erste-session.md", "title: Erste Session", "title: Erste Session" + "!".repeat(88));
        // 100 characters on screen, of which 40 are „ü“ saved as „u“ and a combining diaeresis, as macOS does
        content.replace("themen/arbeit.md", "title: Arbeit", "title: " + "u\u0308".repeat(40) + "!".repeat(60));
        content.replace("sessions/zweite-session.md", "title: Zweite Session", "title: Zweite" + "!".repeat(94));

        assertThat(problems()).containsExactly(
                content.path("sessions/erste-session.md") + ":2:8: Warnung: Der Titel ist sehr lang (101 Zeichen) – "
                        + "Kürzen Sie ihn auf höchstens 100 Zeichen: Browser-Tabs, Suchmaschinen und Vorschaubilder "
                        + "zeigen nur den Anfang. Einzelheiten gehören in den Teaser.");
    }

    @Test
    void htmlInTheFrontMatterIsAWarningAsItIsShownAsTyped() {
        content.replace("sessions/erste-session.md", "title: Erste Session", "title: Erste <b>neue</b> Session");

        assertThat(problems()).containsExactly(content.path(
                "sessions/erste-session.md") + ":2:8: Warnung: HTML im Kopfbereich wird als Text angezeigt: „<b>“ – "
                + "Im Kopfbereich steht nur Text; Auszeichnungen gehören in den Text darunter. Für die Sprache eines "
                + "Titels gibt es „title_language“.");
    }
}
