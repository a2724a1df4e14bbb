package de.bmas.microsite.search;

import de.bmas.microsite.content.source.Snapshots;
import de.bmas.microsite.search.KeywordIndex.Keyword;
import de.bmas.microsite.search.KeywordIndex.Letter;
import de.bmas.microsite.search.KeywordIndex.Link;
import de.bmas.microsite.search.KeywordIndex.Type;
import de.bmas.microsite.search.SearchDocument.Kind;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The A–Z index: which entries there are, where they are filed and where they lead. */
class KeywordIndexTest {

    /** A session's page: no entry of its own, so its title's words may be terms. */
    private static SearchDocument page(String route, String title, String teaser, String body) {
        return new SearchDocument(Kind.SESSION, route, title, teaser, body, List.of(), List.of());
    }

    private static List<String> labels(KeywordIndex index) {
        return index.letters().stream().flatMap(letter -> letter.keywords().stream()).map(Keyword::label).toList();
    }

    private static Keyword entry(KeywordIndex index, String label) {
        return index.letters().stream().flatMap(letter -> letter.keywords().stream())
                .filter(keyword -> keyword.label().equals(label)).findFirst().orElseThrow();
    }

    /** Pages enough that a term on one or two of them is not "on a quarter of all pages". */
    private static List<SearchDocument> withFiller(SearchDocument... pages) {
        List<SearchDocument> documents = new ArrayList<>(List.of(pages));
        IntStream.range(0, 8).forEach(i -> documents.add(page("/f" + i, "Füllseite " + i, "", "")));
        return documents;
    }

    @Test
    void peopleTopicsAndTermsFiledByInitialInGermanOrder() {
        KeywordIndex index = SearchIndex.of(withFiller(
                new SearchDocument(Kind.PERSON, "/personen/cem-oezdemir", "Cem Özdemir", "", "", List.of(), List.of()),
                new SearchDocument(Kind.TOPIC, "/themen/arbeit", "Arbeit", "", "", List.of(), List.of()),
                page("/aerzte", "Ärzte", "", "Für Ärzte."),
                page("/ausbildung", "Ausbildung", "", "Die Ausbildung."),
                new SearchDocument(Kind.TOPIC, "/themen/2025", "2025 in den Regionen", "", "", List.of(), List.of())))
                .keywords();

        assertThat(index.letters()).extracting(Letter::letter).containsExactly("A", "O", "R", "#");
        assertThat(index.letters().get(0).keywords()).extracting(Keyword::label)
                .containsExactly("Arbeit", "Ärzte", "Ausbildung");
        assertThat(entry(index, "Özdemir, Cem")).isEqualTo(new Keyword("Özdemir, Cem", Type.PERSON,
                List.of(new Link(Kind.PERSON, "Cem Özdemir", "/personen/cem-oezdemir", null))));
        assertThat(entry(index, "Arbeit").type()).isEqualTo(Type.TOPIC);
        assertThat(entry(index, "Ärzte").links()).extracting(Link::route).containsExactly("/aerzte");
    }

    @Test
    void aTermIsWrittenWithoutItsCaseEndingWhereTheTextsHaveThatForm() {
        List<String> labels = labels(SearchIndex.of(withFiller(
                page("/preis", "Abend", "Verleihung des Fachkräftepreises und des Hauptpreises.",
                        "Der Fachkräftepreis ging an ein Projekt."))).keywords());

        assertThat(labels).contains("Fachkräftepreis").doesNotContain("Fachkräftepreises")
                .as("no text has the form without the ending").contains("Hauptpreises");
    }

    @Test
    void aTermIsANounInATitleOrTeaserOnFewPages() {
        List<SearchDocument> documents = withFiller(
                page("/a", "Werkstatt", "Über Sprachkurse und die KI im Betrieb.", "Hier stehen Nebensachen."),
                page("/b", "Bericht", "Auch hier: Sprachkurse.", "Noch mehr Nebensachen. Und digitale Wege."),
                page("/c", "Digitale Wege", "", "Alles über Werkzeuge."));
        IntStream.range(0, 10).forEach(i -> documents.add(page("/d" + i, "Seite " + i, "Wieder ein Bericht.", "")));

        List<String> labels = labels(SearchIndex.of(documents).keywords());

        assertThat(labels).contains("Werkstatt", "Sprachkurse", "KI")
                .as("only in texts").doesNotContain("Nebensachen", "Werkzeuge")
                .as("also written in lower case").doesNotContain("Digitale")
                .as("on too many pages").doesNotContain("Bericht", "Seite", "Füllseite")
                .as("capital only at the start of a sentence").doesNotContain("Über", "Auch");
        assertThat(entry(SearchIndex.of(documents).keywords(), "Sprachkurse").links()).extracting(Link::route)
                .containsExactly("/a", "/b");
    }

    @Test
    void hyphenatedWordsAndAbbreviationsInARowAreOneTerm() {
        List<String> labels = labels(SearchIndex.of(withFiller(
                page("/a", "Job-Turbo", "Der Job-Turbo beim Infostand von MY TURN.", ""))).keywords());

        assertThat(labels).contains("Job-Turbo", "MY TURN").doesNotContain("Turbo", "TURN");
    }

    @Test
    void aWordTheTextsAlwaysWriteBesideTheSameNounIsListedUnderTheWholeName() {
        List<String> labels = labels(SearchIndex.of(withFiller(
                page("/a", "Werkstatt", "Im Hotel Adlon fanden World Cafés statt.", "Ein World Café im Hotel Adlon."),
                page("/b", "Preis", "Verleihung des Deutschen Fachkräftepreises.", "Der Deutsche Fachkräftepreis."),
                new SearchDocument(Kind.PERSON, "/personen/leonie-gebers", "Leonie Gebers", "", "", List.of(),
                        List.of()),
                page("/c", "Eröffnung", "Es sprach Staatssekretärin Leonie Gebers.", ""),
                page("/d", "Ausstellung", "Diese Fotoschau zeigt Bilder. Wir sahen diese Bilder.",
                        "Diese Fotoschau war gut."))).keywords());

        assertThat(labels).containsOnlyOnce("Hotel Adlon").contains("World Café")
                .doesNotContain("Hotel", "Adlon", "World", "World Cafés")
                .as("beside a person's name, which has an entry of its own").contains("Staatssekretärin")
                .as("a name that is declined").contains("Fachkräftepreis")
                .doesNotContain("Deutsche Fachkräftepreis", "Deutschen Fachkräftepreis", "Deutschen Fachkräftepreises")
                .as("after a word with a capital only at a sentence's start").contains("Fotoschau");
    }

    @Test
    void wordsInAnotherLanguageAreNoGermanTerms() {
        List<String> labels = labels(SearchIndex.of(withFiller(
                new SearchDocument(Kind.SESSION, "/sessions/india", "Skilled Labour", "Fachkräfte aus Indien.", "",
                        List.of(), List.of(), "en", null),
                new SearchDocument(Kind.SESSION, "/about", "About", "Welcome, Visitors.", "Contact Details.",
                        List.of(), List.of(), "en", "en"),
                page("/werkstatt", "Werkstatt", "", ""))).keywords());

        assertThat(labels).contains("Indien", "Werkstatt")
                .doesNotContain("Skilled", "Labour", "About", "Welcome", "Visitors", "Contact", "Details");
    }

    @Test
    void everydayNounsAreNoTermsEvenInATeaser() {
        List<String> labels = labels(SearchIndex.of(withFiller(
                page("/abend", "Preisverleihung", "Am Abend, mit Blick auf die Werkstatt.", ""))).keywords());

        assertThat(labels).contains("Preisverleihung", "Werkstatt").doesNotContain("Abend", "Blick");
    }

    @Test
    void namesAreNoTerms() {
        List<String> labels = labels(SearchIndex.of(withFiller(
                new SearchDocument(Kind.PERSON, "/personen/steffi-jones", "Steffi Jones", "", "", List.of(), List.of()),
                page("/keynote", "Keynote von Steffi Jones", "Steffi Jones sprach.", ""))).keywords());

        assertThat(labels).contains("Jones, Steffi", "Keynote").doesNotContain("Steffi", "Jones");
    }

    @Test
    void standsAndPagesAreEntriesOfTheirOwnAndTheirTitlesNoTerms() {
        KeywordIndex index = SearchIndex.of(withFiller(
                new SearchDocument(Kind.STAND, "/my-turn", "MY TURN – Frauen starten durch", "Am Infostand.", "",
                        List.of(), List.of()),
                new SearchDocument(Kind.PAGE, "/leichte-sprache", "Leichte Sprache", "Die Website einfach erklärt.",
                        "", List.of(), List.of()),
                page("/a", "Werkstatt", "Die Leichte Sprache der Werkstatt.", ""))).keywords();

        assertThat(entry(index, "MY TURN – Frauen starten durch").type()).isEqualTo(Type.STAND);
        assertThat(entry(index, "Leichte Sprache")).isEqualTo(new Keyword("Leichte Sprache", Type.PAGE,
                List.of(new Link(Kind.PAGE, "Leichte Sprache", "/leichte-sprache", null))));
        assertThat(labels(index)).containsOnlyOnce("Leichte Sprache").contains("Werkstatt", "Frauen");
    }

    @Test
    void entriesAreInGermanOrderWordByWord() {
        List<String> labels = Stream.of("Ausstellung", "Ausland", "Aus- und Weiterbildung", "Datenschutzerklärung",
                        "Datenschutz-Grundverordnung", "Ärzte", "Arbeit")
                .sorted(KeywordIndex.wordByWord()).toList();

        assertThat(labels).containsExactly("Arbeit", "Ärzte", "Aus- und Weiterbildung", "Ausland", "Ausstellung",
                "Datenschutz-Grundverordnung", "Datenschutzerklärung");
    }

    @Test
    void theNounsOfATopicsTitleAfterItsFirstWordLeadToTheTopic() {
        SearchDocument topic = new SearchDocument(Kind.TOPIC, "/themen/aus-und-weiterbildung", "Aus- und Weiterbildung",
                "", "", List.of(), List.of());
        KeywordIndex index = SearchIndex.of(withFiller(topic)).keywords();

        assertThat(entry(index, "Weiterbildung")).isEqualTo(new Keyword("Weiterbildung", Type.TERM,
                List.of(Link.to(topic))));
        assertThat(labels(index)).doesNotContain("Aus", "Aus-", "und");
    }

    @Test
    void aTopicsTitleInAnotherLanguageOrWithAnEverydayNounGivesNoSuchEntries() {
        KeywordIndex index = SearchIndex.of(withFiller(
                new SearchDocument(Kind.TOPIC, "/themen/skilled-labour", "Skilled Labour From India", "", "",
                        List.of(), List.of(), "en", null),
                new SearchDocument(Kind.TOPIC, "/themen/pflege", "Pflege im Blick", "", "", List.of(), List.of())))
                .keywords();

        assertThat(labels(index)).contains("Skilled Labour From India", "Pflege im Blick")
                .doesNotContain("Labour", "From", "India", "Blick");
    }

    @Test
    void termsTheEditorsHideLeaveTheIndexInAnyCaseAndTheirLetterIfEmptyButPagesStay() {
        KeywordIndex index = SearchIndex.of(withFiller(
                new SearchDocument(Kind.TOPIC, "/themen/pflege", "Pflege", "", "", List.of(), List.of()),
                page("/motto", "Motto", "Mehr Power für Pflege und Handwerk.", ""))).keywords();

        KeywordIndex hidden = index.without(List.of(" power ", "Pflege", "HANDWERK", "Gibt es nicht"));

        assertThat(labels(index)).contains("Power", "Pflege", "Handwerk", "Motto");
        assertThat(labels(hidden)).doesNotContain("Power", "Handwerk").contains("Pflege", "Motto");
        assertThat(entry(hidden, "Pflege").type()).as("a topic is a page, not a term").isEqualTo(Type.TOPIC);
        assertThat(hidden.letters()).extracting(Letter::letter).containsExactly("M", "P");
    }

    @Test
    void shippedContentHasItsPeopleTopicsAndTerms() {
        KeywordIndex index = SearchIndex.of(Snapshots.load(Path.of("content"))).keywords();

        assertThat(labels(index)).contains("Özdemir, Cem", "Dietrich, Dr. Sascha", "Fachkräftezuwanderung",
                "Job-Turbo", "KI", "Kinderbetreuung", "Empowerment", "MY TURN – Frauen mit Migrationserfahrung "
                        + "starten durch", "Leichte Sprache", "Impressum", "Cafe Moskau", "World Café")
                .doesNotContain("Fachkräfte", "Sessions", "Cem", "Özdemir", "Moskau", "World");
        assertThat(index.letters()).extracting(Letter::letter).isSorted();
    }
}
