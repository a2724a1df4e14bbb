package de.bmas.microsite.search;

import de.bmas.microsite.content.source.Snapshots;
import de.bmas.microsite.search.SearchDocument.Kind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped content as search documents: every page a result can link to, once, with its plain text. */
class SnapshotDocumentsTest {

    private static List<SearchDocument> documents;
    private static Map<String, SearchDocument> byRoute;

    @BeforeAll
    static void readShippedContent() {
        documents = SnapshotDocuments.of(Snapshots.load(Path.of("content")));
        byRoute = documents.stream().collect(Collectors.toMap(SearchDocument::route, Function.identity()));
    }

    @Test
    void everyPageOnceWithItsKind() {
        Map<Kind, Long> kinds = documents.stream()
                .collect(Collectors.groupingBy(SearchDocument::kind, Collectors.counting()));

        assertThat(byRoute).hasSameSizeAs(documents);
        assertThat(kinds).containsEntry(Kind.TOPIC, 4L).containsEntry(Kind.SESSION, 7L)
                .containsEntry(Kind.STAND, 1L).containsEntry(Kind.PAGE, 6L).containsEntry(Kind.PERSON, 10L);
        assertThat(byRoute).containsKeys("/", "/programm", "/my-turn", "/impressum", "/themen/digitale-chancen",
                "/sessions/eroeffnung");
    }

    @Test
    void eachPersonFileOnceAtItsPageWithRolesAndAppearances() {
        SearchDocument person = byRoute.get("/personen/cem-oezdemir");

        assertThat(person.kind()).isEqualTo(Kind.PERSON);
        assertThat(person.title()).isEqualTo("Cem Özdemir");
        assertThat(person.people()).containsExactly("Cem Özdemir");
        assertThat(person.teaser()).startsWith("Bundesminister für Bildung und Forschung");
        assertThat(person.body()).contains("Eröffnung", "MY TURN – Frauen mit Migrationserfahrung starten durch");
        assertThat(byRoute).containsKeys("/personen/sascha-dietrich", "/personen/ana-dujic",
                "/personen/rolf-schmachtenberg");
    }

    @Test
    void peopleAreFoundByTheirOwnTextAndModerationEvenWithoutASession() {
        assertThat(byRoute.get("/personen/kristina-duwe").teaser()).isEqualTo("Hapag-Lloyd AG");
        assertThat(byRoute.get("/personen/kristina-duwe").body())
                .contains("dass Integration mit dem unterschriebenen Arbeitsvertrag nicht geschafft ist");
        assertThat(byRoute.get("/personen/jennifer-sarah-boone").body()).contains("Moderation des Tages");
        assertThat(byRoute.get("/personen/sascha-dietrich").body()).contains("„Der Job-Turbo wirkt“",
                "Erkenntnisse & Impulse aus dem Job-Turbo");
    }

    @Test
    void sessionsCarryTheirPeopleTopicsQuotesAndPlainText() {
        SearchDocument session = byRoute.get("/sessions/keynote-steffi-jones");
        SearchDocument withTopics = byRoute.get("/sessions/skilled-labour-from-india-to-germany");

        assertThat(session.title()).isEqualTo("Keynote von Steffi Jones");
        assertThat(session.people()).containsExactly("Steffi Jones");
        assertThat(session.body()).contains("„Vor Erfolg steht Mut“ (Steffi Jones)", "Fußballweltmeisterin");
        assertThat(withTopics.topics()).containsExactly("Aus- und Weiterbildung", "Fachkräftezuwanderung");
        assertThat(withTopics.body()).contains("Berufen im MINT-Bereich", "mehr Deutschkurse für Studierende");
    }

    @Test
    void headingsAndListItemsEndAsSentencesSoSnippetsDoNotRunThemTogether() {
        assertThat(byRoute.get("/").body()).contains("Schwerpunkte des Tages. Im Fokus standen",
                "Eindrücke vom Tag. Einige Gedanken");
        assertThat(SnapshotDocuments.text("<ul><li><p>Pflege</p></li><li>Verkehr</li></ul><h2>Ende</h2>"))
                .isEqualTo("Pflege. Verkehr. Ende.");
        // a list that goes on as a sentence gets no full stop after its commas
        assertThat(SnapshotDocuments.text("<ul><li>IP-Adresse,</li><li>Datum und Uhrzeit,</li><li>Seite;</li></ul>"))
                .isEqualTo("IP-Adresse, Datum und Uhrzeit, Seite;");
    }

    @Test
    void bodiesArePlainTextWithoutMarkup() {
        assertThat(documents).allSatisfy(document ->
                assertThat(document.body()).doesNotContain("<p>", "<a ", "</", "&amp;", "&nbsp;"));
        assertThat(byRoute.get("/themen/digitale-chancen").body())
                .contains("das World Café „KI – DIY-Style“. Begrüßt wurden");
    }

    @Test
    void standsListTheirTeamsAndVisitorsAsPeopleAndTheirRelevantSessions() {
        assertThat(byRoute.get("/my-turn").people()).contains("Team der MY TURN Vernetzungsstelle", "Cem Özdemir",
                "Rolf Schmachtenberg");
        assertThat(byRoute.get("/my-turn").body()).contains("Integration ausländischer Fachkräfte.");
    }
}
