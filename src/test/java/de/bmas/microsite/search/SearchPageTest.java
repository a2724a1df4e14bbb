package de.bmas.microsite.search;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /suche} as a visitor meets it: the header's form on every page sends there, the heading says how many
 * results there are for what, each result shows its kind, title, link and the passage with the words marked; any
 * query, however hostile, gets a German page and never an error; the page is neither kept nor indexed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SearchPageTest {

    @Autowired
    MockMvc mvc;

    @Test
    void everyPageHasTheSearchFormInItsHeader() throws Exception {
        for (String route : new String[]{"/", "/programm", "/personen/cem-oezdemir", "/stichwoerter"}) {
            Element form = page(route).selectFirst("header form[role=search]");

            assertThat(form).as(route).isNotNull();
            assertThat(form.attr("action")).isEqualTo("/suche");
            assertThat(form.attr("method")).isEqualTo("get");
            Element input = form.selectFirst("input[type=search][name=q]");
            assertThat(input.attr("maxlength")).as("the longest query searched").isEqualTo("200");
            assertThat(form.select("label[for=" + input.id() + "]").text()).isEqualTo("Suchbegriff");
            assertThat(form.select("button[type=submit]").text()).isEqualTo("Suchen");
        }
    }

    @Test
    void resultsSayHowManyForWhatWithKindTitleLinkAndMarkedWords() throws Exception {
        MockHttpServletResponse response = get("/suche?q=Zuwanderung");
        Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(page.select("h1").text()).matches("\\d+ Ergebnis(se)? für „Zuwanderung“");
        assertThat(page.title()).startsWith(page.select("h1").text());
        Element first = page.selectFirst("ol.results > li");
        assertThat(first.select(".tag").text()).isEqualTo("Thema");
        assertThat(first.select("h2").text()).as("the kind, for those who jump from heading to heading")
                .isEqualTo("Thema: Fachkräftezuwanderung");
        assertThat(first.select("h2 a").attr("href")).isEqualTo("/themen/fachkraeftezuwanderung");
        assertThat(first.select("h2 a").text()).isEqualTo("Fachkräftezuwanderung");
        assertThat(page.select(".results__snippet mark").eachText()).isNotEmpty()
                .allMatch(word -> word.toLowerCase().contains("zuwanderung"));
        assertThat(page.select("ol.results .tag").eachText()).isSubsetOf("Session", "Thema", "Person", "Seite",
                "Infostand");
        assertThat(page.select("header input[name=q]").val()).isEqualTo("Zuwanderung");
    }

    @Test
    void theSnippetIsThePassageWithMostOfTheWordsTeaserOrText() throws Exception {
        Element first = page("/suche?q=Zuwanderung+von+Fachkr%C3%A4ften").selectFirst("ol.results > li");

        assertThat(first.select("h2 a").attr("href")).isEqualTo("/themen/fachkraeftezuwanderung");
        assertThat(first.select(".results__snippet mark").eachText()).as("the teaser has only „Fachkräfte“")
                .contains("Zuwanderung", "Fachkräften");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Vortrag                 | „Vortrag“
            Vortrag Jobturbo xyzzyx | „Vortrag“ und „Jobturbo“
            """)
    void wordsFoundOnlyAsLookAlikesAreNamedAboveTheResults(String query, String words) throws Exception {
        Document page = page("/suche?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));

        assertThat(page.select("ol.results > li")).isNotEmpty();
        assertThat(page.select("p.notice").text()).as("„xyzzyx“ matches nothing, so nothing is shown for it")
                .isEqualTo("Die Suche hat " + words + " in dieser Form nicht gefunden und zeigt Seiten mit ähnlich "
                        + "geschriebenen Wörtern, längeren Wörtern oder Wortteilen.");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Zuwanderung", "Oezdemir", "Ausbildungen", "xyzzyx", "Keynote+2030", "Pflege+B"})
    void wordsThePagesHaveOrNothingMatchesGetNoSuchNotice(String query) throws Exception {
        assertThat(page("/suche?q=" + query).select("p.notice")).isEmpty();
    }

    @Test
    void anEnglishTitleKeepsItsLanguageInTheResults() throws Exception {
        Document page = page("/suche?q=India");

        assertThat(page.select("ol.results h2 a[href=/sessions/skilled-labour-from-india-to-germany]").attr("lang"))
                .isEqualTo("en");
        assertThat(page.select("ol.results h2 a[href=/themen/fachkraeftezuwanderung]")).isNotEmpty()
                .allSatisfy(german -> assertThat(german.hasAttr("lang")).isFalse());
    }

    @Test
    void resultsAreNeitherKeptNorIndexed() throws Exception {
        MockHttpServletResponse response = get("/suche?q=Pflege");

        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-cache");
        assertThat(Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8))
                .select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(page("/programm").select("meta[name=robots]")).isEmpty();
    }

    @Test
    void peopleAreFoundWithoutTheirUmlauts() throws Exception {
        Document page = page("/suche?q=Oezdemir");

        Element first = page.selectFirst("ol.results > li");
        assertThat(first.select(".tag").text()).isEqualTo("Person");
        assertThat(first.select("h2 a").attr("href")).isEqualTo("/personen/cem-oezdemir");
    }

    @Test
    void noResultsSaysSoAndHowToSearch() throws Exception {
        Document page = page("/suche?q=xyzzy");

        assertThat(page.select("h1").text()).isEqualTo("Keine Ergebnisse für „xyzzy“");
        assertThat(page.select("ol.results")).isEmpty();
        assertThat(page.select("#suchhilfe").text()).isEqualTo("So finden Sie, was Sie suchen");
        assertThat(page.select("main a[href=/stichwoerter]").text()).isEqualTo("Alle Stichwörter von A bis Z");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/suche", "/suche?q=", "/suche?q=%20%20%20"})
    void anEmptySearchGetsTheHelp(String route) throws Exception {
        MockHttpServletResponse response = get(route);
        Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(page.select("h1").text()).isEqualTo("Suche");
        assertThat(page.select("main .notice")).isEmpty();
        assertThat(page.select("#suchhilfe")).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"und%20der%20die | und der die", "%3F%21 | ?!", "*%20%22 | * \""})
    void aQueryOfNothingSearchableSaysWhy(String encoded, String query) throws Exception {
        Document page = page("/suche?q=" + encoded);

        assertThat(page.select("h1").text()).isEqualTo("Keine Ergebnisse für „" + query + "“");
        assertThat(page.select("main .notice").text()).startsWith("Ihre Anfrage enthält kein Wort, nach dem gesucht werden kann");
        assertThat(page.select("#suchhilfe")).hasSize(1);
    }

    @Test
    void invisibleCharactersNeitherSplitAWordNorTurnTheText() throws Exception {
        Document split = page("/suche?q=" + URLEncoder.encode("Zuwan\u200Bde\u00ADrung", StandardCharsets.UTF_8));
        Document turned = page("/suche?q=" + URLEncoder.encode("\u202EPflege", StandardCharsets.UTF_8));

        assertThat(split.select("ol.results h2 a[href=/themen/fachkraeftezuwanderung]")).isNotEmpty();
        assertThat(turned.title()).doesNotContain("\u202E").containsPattern("^\\d+ Ergebnisse für „Pflege“");
        assertThat(turned.select("header input[name=q]").val()).isEqualTo("Pflege");
    }

    @Test
    void wordsAfterTheTenthAreNamedAsNotSearchedFor() throws Exception {
        Document page = page("/suche?q=" + URLEncoder.encode(
                "Jones Gebers Dietrich Duwe Gupte Boone Samrotzki Schmachtenberg Indien Kanada Özdemir Pflege",
                StandardCharsets.UTF_8).replace("+", "%20"));

        assertThat(page.select("main .notice").text()).isEqualTo(
                "Die Suche berücksichtigt höchstens 10 Wörter. Nicht gesucht wurde nach: Özdemir Pflege.");
        assertThat(page("/suche?q=Jones").select("main .notice")).isEmpty();
    }

    @Test
    void controlCharactersAreNotShownBackAsBlanks() throws Exception {
        Document page = page("/suche?q=%01%02Job%07%20%09Turbo%07");

        assertThat(page.select("h1").text()).matches("\\d+ Ergebnisse? für „Job Turbo“");
        assertThat(page.select("header input[name=q]").val()).isEqualTo("Job Turbo");
    }

    @Test
    void aQueryTooLongGetsAGermanMessageAndIsNotRepeated() throws Exception {
        String query = "Zuwanderung ".repeat(17) + "<script>";
        MockHttpServletResponse response = get("/suche?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        String html = response.getContentAsString(StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(page.select("h1").text()).isEqualTo("Suchanfrage zu lang");
        assertThat(page.select("main .notice").text()).isEqualTo(
                "Die Suche nimmt höchstens 200 Zeichen an. Bitte geben Sie weniger oder kürzere Wörter ein.");
        assertThat(html).doesNotContain("<script>");
        assertThat(page.select("header input[name=q]").val()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "Pfl*", "Zuwanderung~", "title:Pflege", "AND", "Pflege AND OR NOT",
            "\"Job-Turbo", "(Pflege", "[a TO z]", "\\", "/", "\u0000", "\uFFFF", "😀", "<b>Pflege</b>", "<mark>",
            "a || b", "Pflege&q=x"})
    void hostileQueriesAreJustWords(String query) throws Exception {
        MockHttpServletResponse response = get("/suche?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));

        assertThat(response.getStatus()).as(query).isEqualTo(200);
        assertThat(page.select("h1").text()).as(query).matches("Suche|(Keine|\\d+) Ergebnis(se)? für „.*“");
        assertThat(page.select("main script, main mark:has(*)")).isEmpty();
    }

    /** Long only by its invisible characters, a query is searched, and kept apart from the queries too long. */
    @Test
    void invisibleCharactersDoNotMakeAQueryTooLong() throws Exception {
        Document padded = page("/suche?q=" + URLEncoder.encode("Pflege" + "\u200B".repeat(300), StandardCharsets.UTF_8));
        Document tooLong = page("/suche?q=" + "x".repeat(300));

        assertThat(padded.select("h1").text()).endsWith("für „Pflege“");
        assertThat(tooLong.select("h1").text()).isEqualTo("Suchanfrage zu lang");
    }

    @Test
    void theSearchOnlyReads() throws Exception {
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.post("/suche").param("q", "Pflege"))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(405);
        assertThat(response.getHeader("Allow")).contains("GET");
    }

    @Test
    void ofARepeatedQueryTheFirstCounts() throws Exception {
        assertThat(page("/suche?q=Oezdemir&q=xyzzy").select("h1").text()).endsWith("für „Oezdemir“");
    }

    /** The address as a browser sends it, already encoded. */
    private MockHttpServletResponse get(String route) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(URI.create(route))).andReturn().getResponse();
    }

    private Document page(String route) throws Exception {
        return Jsoup.parse(get(route).getContentAsString(StandardCharsets.UTF_8));
    }
}
