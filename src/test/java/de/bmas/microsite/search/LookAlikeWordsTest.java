package de.bmas.microsite.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static de.bmas.microsite.search.SearchIndexTest.page;
import static de.bmas.microsite.search.SearchIndexTest.routes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a word finds besides itself: typos and longer words only where the texts lack the word, and pages with
 * the word as typed before pages with its parts.
 */
class LookAlikeWordsTest {

    @Test
    void oneTypingErrorInALongWordTheTextsLackFindsTheWordsItResembles() {
        SearchIndex index = SearchIndex.of(List.of(
                page("/werkstadt", "Werkstadt", "", ""),
                page("/werkstatt", "Werkstatt", "", ""),
                page("/kunst", "Kunst", "", ""),
                page("/kongress", "Kongress", "", "")));

        assertThat(routes(index.search("Werkstat", 1))).containsExactlyInAnyOrder("/werkstatt", "/werkstadt");
        assertThat(routes(index.search("Kongres", 1))).as("a typo that breaks the stemmer's suffix")
                .containsExactly("/kongress");
        assertThat(routes(index.search("Kunsr", 1))).as("no typos in words under six letters").isEmpty();
    }

    @Test
    void aWordTheTextsHaveFindsItselfNotItsLookAlikes() {
        SearchIndex index = SearchIndex.of(List.of(
                page("/werkstadt", "Werkstadt", "", ""),
                page("/werkstatt", "Werkstatt", "", ""),
                page("/grundsatzfragen", "Grundsatzfragen", "", ""),
                page("/mut", "Mut", "", ""),
                page("/frauen", "Programm", "", "Frauen mit Migrationserfahrung")));

        assertThat(routes(index.search("Werkstatt", 1))).containsExactly("/werkstatt");
        assertThat(routes(index.search("Frauen", 1))).containsExactly("/frauen");
        assertThat(routes(index.search("Mütter", 1))).as("stemmed as 'mutt', which is no typo of 'mut'").isEmpty();
    }

    @Test
    void aWordTheTextsOnlyHaveAtTheStartOfACompoundFindsTheCompound() {
        SearchIndex index = SearchIndex.of(List.of(
                page("/jones", "Steffi Jones", "Fußballweltmeisterin", ""),
                page("/dietrich", "Sascha Dietrich", "Referat für Flüchtlingspolitik", "")));

        assertThat(routes(index.search("Fußball", 1))).containsExactly("/jones");
        assertThat(routes(index.search("Flüchtlinge", 1))).containsExactly("/dietrich");
        assertThat(routes(index.search("Fuss", 1))).as("beginnings of five letters or more").isEmpty();
    }

    @Test
    void pagesWithTheWordAsTypedComeBeforePagesWithItsPartsInTheTitle() {
        SearchIndex index = SearchIndex.of(List.of(
                page("/integration", "Integration ausländischer Fachkräfte", "", ""),
                page("/keynote", "Keynote", "", "Das Motto hieß „Mehr Power fürs Fachkräfteland!“ – "
                        + "und viele Sätze mehr, die den Text dieser Seite lang machen, länger als einen Titel.")));

        assertThat(routes(index.search("Fachkräfteland", 1))).startsWith("/keynote");
    }

    @Test
    void lettersGluedByPunctuationAreSeparateWords() {
        SearchIndex index = SearchIndex.of(List.of(page("/job-turbo", "Job-Turbo", "", "")));

        assertThat(routes(index.search("Job:Turbo", 1))).containsExactly("/job-turbo");
        assertThat(routes(index.search("Dr.Turbo", 1))).containsExactly("/job-turbo");
    }

    @Test
    void aTypoInAShortNameFindsThePersonButNoOtherShortWord() {
        SearchIndex index = SearchIndex.of(List.of(
                new SearchDocument(SearchDocument.Kind.PERSON, "/personen/gupte", "Ajit Vinayak Gupte", "", "",
                        List.of("Ajit Vinayak Gupte"), List.of()),
                page("/kunst", "Kunst", "", "")));

        assertThat(routes(index.search("Gupta", 1))).containsExactly("/personen/gupte");
        assertThat(routes(index.search("Kunsr", 1))).isEmpty();
    }
}
