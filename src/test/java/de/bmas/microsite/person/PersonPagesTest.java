package de.bmas.microsite.person;

import de.bmas.microsite.testing.RenderedPages;
import de.bmas.microsite.testing.ShippedSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Everyone the shipped report names has a page, and every page that names them links to it. */
class PersonPagesTest extends ShippedSite {

    @Test
    void theListNamesEveryoneAlphabeticallyByFamilyName() {
        Document list = page("/personen");

        assertThat(list.select("main .people__name").eachText()).containsExactly(
                "Jennifer Sarah Boone", "Dr. Sascha Dietrich", "Ana Dujić", "Kristina Duwe", "Leonie Gebers",
                "Ajit Vinayak Gupte", "Steffi Jones", "Cem Özdemir", "Tanja Samrotzki", "Rolf Schmachtenberg");
        assertThat(list.select(".letters a").eachText()).containsExactly("B", "D", "G", "J", "O", "S");
        assertThat(list.select(".people__person:has(a[href=/personen/kristina-duwe])").text())
                .isEqualTo("Kristina Duwe, Hapag-Lloyd AG");
        assertThat(list.select("nav[aria-label=Hauptnavigation] a[aria-current=page]").text()).isEqualTo("Personen");
    }

    @Test
    void aPersonsPageShowsRoleAndOrganisationAndLinksBackToWhereTheyAppear() {
        Document person = page("/personen/cem-oezdemir");

        assertThat(person.select("h1").text()).isEqualTo("Cem Özdemir");
        assertThat(person.select(".details dd").eachText()).containsExactly(
                "Bundesminister für Bildung und Forschung sowie Bundesminister für Ernährung und Landwirtschaft",
                "Bundesministerium für Bildung und Forschung (BMBF) und Bundesministerium für Ernährung und "
                        + "Landwirtschaft (BMEL)");
        assertThat(person.select("#sessions ~ ul .card__link").eachAttr("href")).containsExactly("/sessions/eroeffnung");
        assertThat(person.select("#programm ~ ul a").eachAttr("href")).containsExactly("/programm#programmpunkt-1");
        assertThat(page("/programm").select("#programmpunkt-1 h2").text()).isEqualTo("Eröffnung");
        assertThat(person.select("#stand ~ ul a").eachAttr("href")).containsExactly("/my-turn");
        assertThat(person.select("#rueckblick ~ p a").eachAttr("href")).containsExactly("/#rueckblick");
        assertThat(page("/").getElementById("rueckblick").text()).isEqualTo("Der Tag im Rückblick");
    }

    @Test
    void quotesOnAPersonsPageLinkToTheirSession() {
        Document person = page("/personen/steffi-jones");

        Element quote = person.selectFirst("#zitate ~ figure");
        assertThat(quote.select("blockquote").text()).isEqualTo("„Vor Erfolg steht Mut“");
        assertThat(quote.select("figcaption a").attr("href")).isEqualTo("/sessions/keynote-steffi-jones");
    }

    @Test
    void aPersonKnownOnlyFromTheReportSaysWhatTheContentSaysAndNoMore() {
        Document person = page("/personen/kristina-duwe");

        assertThat(person.select(".details dt").eachText()).containsExactly("Organisation");
        assertThat(person.select("#sessions, #programm, #stand, #zitate")).isEmpty();
        assertThat(person.select("#rueckblick ~ p").text()).startsWith("Erwähnt unter „Der Tag im Rückblick“.");
    }

    @Test
    void textsThatLinkAPersonAreListedOnceExceptWhereThePageListsThemAnyway() {
        assertThat(page("/personen/kristina-duwe").select("#erwaehnt ~ ul a").eachAttr("href"))
                .containsExactly("/themen/unternehmenskultur");
        assertThat(page("/personen/sascha-dietrich").select("#erwaehnt ~ ul a").eachAttr("href"))
                .containsExactly("/sessions/erkenntnisse-und-impulse-aus-dem-job-turbo", "/my-turn");
        // the keynote names Steffi Jones among its people and in its text: it is listed as her session only
        assertThat(page("/personen/steffi-jones").select("#erwaehnt ~ ul a").eachAttr("href"))
                .doesNotContain("/sessions/keynote-steffi-jones");
    }

    @Test
    void personPagesCarryStructuredDataOfAPerson() {
        JsonNode graph = JsonMapper.builder().build()
                .readTree(page("/personen/leonie-gebers").select("script[type=application/ld+json]").html())
                .get("@graph");

        JsonNode person = graph.get(0);
        assertThat(person.get("@type").asString()).isEqualTo("Person");
        assertThat(person.get("name").asString()).isEqualTo("Leonie Gebers");
        assertThat(person.get("jobTitle").asString()).isEqualTo("Staatssekretärin");
        assertThat(person.get("worksFor").get("name").asString())
                .isEqualTo("Bundesministerium für Arbeit und Soziales (BMAS)");
        assertThat(person.get("url").asString()).endsWith("/personen/leonie-gebers");
        assertThat(graph.get(1).get("@type").asString()).isEqualTo("BreadcrumbList");
    }

    @Test
    void listsOfPeopleLinkEveryone() {
        assertThat(page("/sessions/eroeffnung").select("#mitwirkende ~ ul a").eachAttr("href"))
                .containsExactly("/personen/leonie-gebers", "/personen/cem-oezdemir");
        assertThat(page("/my-turn").select(".people a").eachAttr("href")).containsExactly(
                "/personen/cem-oezdemir", "/personen/leonie-gebers", "/personen/rolf-schmachtenberg");
        assertThat(page("/programm").select("#programmpunkt-2 .people a").eachAttr("href"))
                .containsExactly("/personen/steffi-jones");
        assertThat(page("/sessions/keynote-steffi-jones").select(".quote__person a").attr("href"))
                .isEqualTo("/personen/steffi-jones");
        assertThat(page("/").select(".facts a").eachAttr("href"))
                .containsExactly("/personen/jennifer-sarah-boone", "/personen/tanja-samrotzki");
    }

    /** The first mention of a name in each text is a link; later ones, and those in headings or links, are not. */
    @Test
    void namesInTheEditorsTextLinkOncePerText() {
        Element report = page("/").selectFirst("#rueckblick + .prose");

        assertThat(report.select("a[href^=/personen/]").eachText()).containsExactly("Leonie Gebers", "Cem Özdemir",
                "Jennifer Sarah Boone", "Tanja Samrotzki", "Steffi Jones", "Ajit Vinayak Gupte",
                "Dr. Sascha Dietrich", "Kristina Duwe");
        assertThat(page("/my-turn").select(".prose a[href=/personen/cem-oezdemir]")).hasSize(1);
        assertThat(page("/themen/unternehmenskultur").select(".prose a[href^=/personen/]").eachText())
                .containsExactly("Kristina Duwe");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/programm", "/my-turn", "/sessions/eroeffnung", "/themen/digitale-chancen",
            "/personen/kristina-duwe"})
    void noLinkIsInsideALinkAndEveryPersonLinkLeadsToAPage(String route) {
        Document page = page(route);
        List<String> routes = RenderedPages.htmlRoutes(site);

        assertThat(page.select("a a")).as(route).isEmpty();
        assertThat(page.select("a[href^=/personen/]").eachAttr("href")).as(route).allSatisfy(href ->
                assertThat(routes).contains(href));
    }

    @Test
    void everyPersonHasAPageAndTheMainNavigationLeadsToThem() {
        assertThat(RenderedPages.htmlRoutes(site)).filteredOn(route -> route.startsWith("/personen/")).hasSize(10);
        assertThat(page("/impressum").select("nav[aria-label=Hauptnavigation] a").eachText())
                .containsExactly("Startseite", "Programm", "Sessions", "Themen", "Personen", "MY TURN");
    }
}
