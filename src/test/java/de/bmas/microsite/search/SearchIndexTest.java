package de.bmas.microsite.search;

import de.bmas.microsite.search.SearchDocument.Kind;
import de.bmas.microsite.search.SearchOutcome.Empty;
import de.bmas.microsite.search.SearchOutcome.Found;
import de.bmas.microsite.search.SearchOutcome.TooLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** What a visitor notices of the search: which pages come first, and how odd queries are answered. */
class SearchIndexTest {

    static SearchDocument page(String route, String title, String teaser, String body) {
        return new SearchDocument(Kind.PAGE, route, title, teaser, body, List.of(), List.of());
    }

    static List<String> routes(SearchOutcome outcome) {
        assertThat(outcome).isInstanceOf(Found.class);
        return ((Found) outcome).hits().stream().map(SearchHit::route).toList();
    }

    @Test
    void titleOutranksTeaserOutranksBody() {
        SearchIndex index = SearchIndex.of(List.of(
                page("/text", "Ein Bericht", "Vom Tag", "Im Text ging es um Zeitarbeit und vieles mehr."),
                page("/teaser", "Ein Bericht", "Über Zeitarbeit", "Ein Text über anderes."),
                page("/titel", "Zeitarbeit", "Ein Bericht", "Ein Text über anderes.")));

        assertThat(routes(index.search("Zeitarbeit", 1))).containsExactly("/titel", "/teaser", "/text");
    }

    @Test
    void namesAndTopicsOutrankMentions() {
        SearchIndex index = SearchIndex.of(List.of(
                page("/erwaehnt", "Ein Bericht", "Vom Tag", "Es sprach auch Erika Mustermann über Pflege."),
                new SearchDocument(Kind.SESSION, "/sessions/runde", "Eine Runde", "Gespräch", "Ein Gespräch.",
                        List.of("Erika Mustermann"), List.of("Pflege"))));

        assertThat(routes(index.search("Mustermann", 1))).containsExactly("/sessions/runde", "/erwaehnt");
        assertThat(routes(index.search("Pflege", 1))).containsExactly("/sessions/runde", "/erwaehnt");
    }

    @Test
    void spellingsOfUmlautsAndSharpSFindEachOther() {
        // "O" and a combining diaeresis, as a Mac may save a file or a PDF give a copied word
        String decomposed = "O\u0308zdemir";
        SearchIndex index = SearchIndex.of(List.of(page("/strasse", "Straßenbau in Köln", "", "Für Brücken."),
                page("/oezdemir", "Rede", "", "Es sprach " + decomposed + ".")));

        for (String query : List.of("Straßenbau", "Strassenbau", "Koeln", "Koln", "Köln", "fuer Bruecken")) {
            assertThat(routes(index.search(query, 1))).as(query).containsExactly("/strasse");
        }
        for (String query : List.of("Özdemir", "Oezdemir", decomposed)) {
            assertThat(routes(index.search(query, 1))).as(query).containsExactly("/oezdemir");
            assertThat(((Found) index.search(query, 1)).unknown()).as("no look-alikes for " + query).isEmpty();
        }
    }

    @Test
    void pluralsOfForeignWordsFindTheirSingularButNotAWordOfAnotherMeaning() {
        SearchIndex index = SearchIndex.of(List.of(
                page("/visa", "Schneller zum Visum", "", "Praktika und Stipendien für Themen der Zuwanderung."),
                page("/daten", "Daten", "", "Studien zum Arbeitsmarkt.")));

        for (String query : List.of("Visa", "Praktikum", "Stipendium", "Thema")) {
            assertThat(routes(index.search(query, 1))).as(query).containsExactly("/visa");
        }
        assertThat(routes(index.search("Datum", 1))).as("the date is not the data").doesNotContain("/daten");
        assertThat(routes(index.search("Studium", 1))).as("the studies are not a degree course").isEmpty();
    }

    @Test
    void compoundPartsFindTheCompoundAndTheCompoundFindsItsPartsApart() {
        SearchIndex index = SearchIndex.of(List.of(
                page("/zuwanderung", "Fachkräftezuwanderung", "", ""),
                page("/mangel", "Bericht", "", "Der Mangel an Fachkräften war Thema.")));

        assertThat(routes(index.search("Zuwanderung", 1))).containsExactly("/zuwanderung");
        assertThat(routes(index.search("Fachkräftemangel", 1))).containsExactly("/mangel");
    }

    /**
     * The parts of a word the texts have count only close together, as its own pages come first; those of a word
     * they lack anywhere in a field, as they are all there is to find.
     */
    @Test
    void aKnownWordsPartsCountOnlyCloseTogether() {
        SearchIndex index = SearchIndex.of(List.of(
                page("/migration", "Bericht", "", "Über Arbeitsmigration aus Indien."),
                page("/ministerium", "Programm", "", "Gefördert vom Ministerium für Arbeit und Soziales: Projekte "
                        + "für Frauen mit Erfahrung in der Migration, auf dem Weg zur Arbeit und zur Integration."),
                page("/nah", "Runde", "", "Migration in Arbeit: ein Gespräch.")));

        assertThat(routes(index.search("Arbeitsmigration", 1))).containsExactly("/migration", "/nah");
        assertThat(routes(index.search("Integrationsprojekte", 1))).containsExactly("/ministerium");
    }

    /** Two words typed for one the texts have find both spellings. */
    @Test
    void aWordTypedAsTwoFindsItAndTheTwoWords() {
        SearchIndex index = SearchIndex.of(List.of(page("/eins", "Infostand", "", "Am Infostand."),
                page("/zwei", "Bericht", "", "Der Info-Stand war voll."), page("/info", "Info", "", "Nur Info.")));

        assertThat(routes(index.search("Info Stand", 1))).containsExactlyInAnyOrder("/eins", "/zwei");
    }

    /** Ten words the texts lack, each with dozens of look-alikes in every field, stay below Lucene's clause limit. */
    @Test
    void tenWordsWithManyLookAlikesEachAreSearched() {
        List<String> stems = List.of("werkstatt", "ausbildung", "zuwanderung", "pflegekraft", "handwerker",
                "kinderbetreuung", "weiterbildung", "integration", "vernetzung", "digitalisierung");
        // typos ("werkstat7") and longer words ("werkstatt17") for every stem
        String variants = stems.stream().flatMap(stem -> IntStream.range(0, 30)
                        .mapToObj(i -> stem + i + " " + stem.substring(0, stem.length() - 1) + (i % 10)))
                .reduce((one, other) -> one + " " + other).orElseThrow();
        SearchIndex index = SearchIndex.of(List.of(new SearchDocument(Kind.SESSION, "/alle", variants, variants,
                variants, List.of(variants), List.of(variants))));

        assertThat(routes(index.search(String.join(" ", stems), 1))).containsExactly("/alle");
    }

    @Test
    void wordsInTheOrderTypedAndCloseTogetherComeFirst() {
        SearchIndex index = SearchIndex.of(List.of(
                page("/apart", "Fachkräfte", "Aus vielen Ländern.", "Auch aus Indien kamen Gäste."),
                page("/together", "Eine Session", "Fachkräfte aus Indien im Gespräch.", "")));

        assertThat(routes(index.search("Fachkräfte aus Indien", 1))).containsExactly("/together", "/apart");
        assertThat(routes(index.search("Indien Fachkräfte", 1))).containsExactly("/apart", "/together");
    }

    @Test
    void allWordsFirstAnyWordWhenNoPageHasAll() {
        SearchIndex index = SearchIndex.of(List.of(
                page("/beide", "Pflege und Handwerk", "", ""),
                page("/pflege", "Pflege", "", ""),
                page("/handwerk", "Handwerk", "", "")));

        assertThat(routes(index.search("Pflege Handwerk", 1))).containsExactly("/beide");
        assertThat(routes(index.search("Pflege Bergbau", 1))).containsExactlyInAnyOrder("/beide", "/pflege");
    }

    /** A word the texts lack is a guess („Vortrag“ like „Vertrag“), a letter says little: neither narrows. */
    @Test
    void aWordTheTextsLackOnlyAddsToThePagesOfTheOtherWordsAndALetterIsLeftOut() {
        SearchIndex index = SearchIndex.of(List.of(
                page("/keynote", "Keynote von Steffi Jones", "", "Steffi Jones sprach."),
                page("/start", "Rückblick", "", "Mit Steffi Jones und einem Vertrag."),
                page("/ausbildung", "Ausbildung", "", "Alles zur Ausbildung."),
                page("/teil-a", "Teil A", "", "Ausbildung, Teil A.")));

        assertThat(routes(index.search("Vortrag Steffi Jones", 1))).containsExactly("/keynote", "/start");
        assertThat(((Found) index.search("Vortrag Steffi Jones", 1)).unknown()).containsExactly("Vortrag");
        assertThat(routes(index.search("Ausbildung A", 1))).containsExactly("/ausbildung", "/teil-a");
        assertThat(routes(index.search("A", 1))).containsExactly("/teil-a");
        assertThat(routes(index.search("Vortrag", 1))).containsExactly("/start");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Job AND Turbo", "Turbo*", "Turbo?", "Turbo~2", "title: Turbo", "\"Job Turbo",
            "(Turbo) OR [Job]", "+Turbo -Job", "Turbo^10", "/Turbo/", "Job && Turbo || !x", "Turbo\\"})
    void querySyntaxIsPlainText(String query) {
        SearchIndex index = SearchIndex.of(List.of(page("/job-turbo", "Job-Turbo", "", ""),
                page("/anderes", "Anderes", "", "")));

        assertThat(routes(index.search(query, 1))).containsExactly("/job-turbo");
    }

    /** Run together, a hyphenated name finds what has both its words; a word the index knows is not split. */
    @Test
    void aWordRunTogetherFindsItsTwoWords() {
        SearchDocument hyphenated = page("/job-turbo", "Der Job-Turbo", "", "Der Job-Turbo wirkt.");
        SearchIndex apart = SearchIndex.of(List.of(hyphenated, page("/anderes", "Anderes", "", "Text.")));
        SearchIndex together = SearchIndex.of(List.of(hyphenated, page("/jobturbo", "Anderes", "", "Ein Jobturbo.")));

        assertThat(routes(apart.search("Jobturbo", 1))).containsExactly("/job-turbo");
        assertThat(routes(together.search("Jobturbo", 1))).containsExactly("/jobturbo");
    }

    @Test
    void noWildcards() {
        SearchIndex index = SearchIndex.of(List.of(page("/job-turbo", "Job-Turbo", "", "")));

        assertThat(routes(index.search("Tur*", 1))).isEmpty();
        assertThat(routes(index.search("T?rbo", 1))).isEmpty();
    }

    @Test
    void queriesOverTwoHundredCharactersAreNotSearched() {
        SearchIndex index = SearchIndex.of(List.of(page("/a", "Arbeit", "", "")));

        assertThat(index.search("a".repeat(201), 1)).isEqualTo(new TooLong("a".repeat(201)));
        assertThat(index.search("  " + "a".repeat(200) + "  ", 1)).isInstanceOf(Found.class);
        assertThat(index.search("😀".repeat(200), 1)).as("characters, not UTF-16 units").isNotInstanceOf(TooLong.class);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "und der die", "Und? Oder!", "***", "\"\"", "für über"})
    void nothingToSearchForIsEmpty(String query) {
        SearchIndex index = SearchIndex.of(List.of(page("/a", "Arbeit", "", "")));

        assertThat(index.search(query, 1)).isInstanceOf(Empty.class);
    }

    @Test
    void resultsCarryKindTitleRouteAndMarkedSnippet() {
        SearchIndex index = SearchIndex.of(List.of(new SearchDocument(Kind.TOPIC, "/themen/zuwanderung",
                "Fachkräftezuwanderung", "Wie Fachkräfte kommen.", "Die Zuwanderung von Fachkräften war ein Thema.",
                List.of(), List.of("Fachkräftezuwanderung"))));

        Found found = (Found) index.search("Zuwanderung", 1);

        assertThat(found.hits()).containsExactly(new SearchHit(Kind.TOPIC, "Fachkräftezuwanderung",
                "/themen/zuwanderung", "Die <mark>Zuwanderung</mark> von Fachkräften war ein Thema.", null, null));
        assertThat(found.hits().get(0).kind().label()).isEqualTo("Thema");
    }

    @Test
    void resultsKeepTheLanguageOfTitleAndTextForTheResultsPageToMark() {
        SearchIndex index = SearchIndex.of(List.of(new SearchDocument(Kind.PAGE, "/about", "About this site",
                "", "The congress in English, with Zuwanderung as its subject.", List.of(), List.of(), "en", "en")));

        SearchHit hit = ((Found) index.search("Zuwanderung", 1)).hits().get(0);

        assertThat(hit.titleLanguage()).isEqualTo("en");
        assertThat(hit.language()).isEqualTo("en");
    }
}
