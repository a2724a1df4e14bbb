package de.bmas.microsite.search;

import de.bmas.microsite.search.SearchOutcome.Found;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Results beyond the twentieth on pages of their own: in the index, every result once over all pages; on the shipped
 * content („Arbeit“ has more than twenty), each page saying which results it shows and linked to the pages before and
 * after it. A page number that names no results page gets the 404 page, never an error.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ResultsPagingTest {

    private static final Pattern COUNT = Pattern.compile("(\\d+) Ergebnisse für „Arbeit“, Seite (\\d) von 2");

    @Autowired
    MockMvc mvc;

    @Test
    void resultsBeyondTheTwentiethAreOnTheNextPageLinkedBothWays() throws Exception {
        Document first = page("/suche?q=Arbeit");
        String next = first.select("nav.pages a[rel=next]").attr("href");
        Document second = page(next);

        Matcher heading = COUNT.matcher(first.select("h1").text());
        assertThat(heading.matches()).as(first.select("h1").text()).isTrue();
        int total = Integer.parseInt(heading.group(1));
        assertThat(first.select("ol.results > li")).hasSize(20);
        assertThat(first.select("ol.results").hasAttr("start")).isFalse();
        assertThat(first.select("p.meta-line").text()).isEqualTo("Ergebnisse 1 bis 20 von " + total + ".");
        assertThat(first.select("nav.pages[aria-label] a").eachText()).containsExactly("Nächste Seite");
        assertThat(next).isEqualTo("/suche?q=Arbeit&seite=2");

        assertThat(second.select("h1").text()).isEqualTo(total + " Ergebnisse für „Arbeit“, Seite 2 von 2");
        assertThat(second.title()).as("a title of its own").isNotEqualTo(first.title());
        assertThat(second.select("ol.results").attr("start")).isEqualTo("21");
        assertThat(second.select("ol.results > li")).hasSize(total - 20);
        assertThat(second.select("nav.pages a").eachText()).containsExactly("Vorherige Seite");
        assertThat(second.select("nav.pages a[rel=prev]").attr("href")).isEqualTo("/suche?q=Arbeit");
        List<String> results = new ArrayList<>(first.select("ol.results h2 a").eachAttr("href"));
        results.addAll(second.select("ol.results h2 a").eachAttr("href"));
        assertThat(results).as("every result once").doesNotHaveDuplicates().hasSize(total);
    }

    @Test
    void theLinksKeepTheQueryAsSearched() throws Exception {
        Document first = page("/suche?q=%E2%80%8BArbeit%20");

        assertThat(first.select("nav.pages a[rel=next]").attr("href")).isEqualTo("/suche?q=Arbeit&seite=2");
        assertThat(page("/suche?q=Arbeit&seite=1").select("ol.results h2 a").eachAttr("href"))
                .isEqualTo(first.select("ol.results h2 a").eachAttr("href"));
    }

    @Test
    void resultsOnOnePageNeedNoLinks() throws Exception {
        Document page = page("/suche?q=Zuwanderung");

        assertThat(page.select("nav.pages, p.meta-line")).isEmpty();
        assertThat(page.select("h1").text()).doesNotContain("Seite");
    }

    @ParameterizedTest
    @ValueSource(strings = {"q=Arbeit&seite=3", "q=Arbeit&seite=0", "q=Arbeit&seite=02", "q=Arbeit&seite=-1",
            "q=Arbeit&seite=%2B2", "q=Arbeit&seite=zwei", "q=Arbeit&seite=", "q=Arbeit&seite=51",
            "q=Arbeit&seite=99999999999999999999", "q=xyzzy&seite=2", "seite=2", "q=und&seite=2"})
    void aPageNumberThatNamesNoResultsPageIsNotFound(String parameters) throws Exception {
        MockHttpServletResponse response = get("/suche?" + parameters);

        assertThat(response.getStatus()).as(parameters).isEqualTo(404);
        assertThat(Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8)).select("h1").text())
                .isEqualTo("Seite nicht gefunden");
    }

    @Test
    void totalCountsAllMatchesWhilePagesHoldTwentyEachInOneOrder() {
        List<SearchDocument> documents = new ArrayList<>();
        IntStream.range(0, 25).forEach(i -> documents.add(
                SearchIndexTest.page("/p" + i, "Bericht " + i, "", "Pflege " + i % 4)));
        documents.add(SearchIndexTest.page("/anderes", "Anderes", "", ""));
        SearchIndex index = SearchIndex.of(documents);

        Found first = (Found) index.search("Pflege", 1);
        Found second = (Found) index.search("Pflege", 2);

        assertThat(first.total()).isEqualTo(25);
        assertThat(first.pages()).isEqualTo(2);
        assertThat(first.hits()).hasSize(SearchIndex.PAGE_SIZE);
        assertThat(second.first()).isEqualTo(21);
        assertThat(second.hits()).hasSize(5);
        List<String> both = new ArrayList<>(SearchIndexTest.routes(first));
        both.addAll(SearchIndexTest.routes(second));
        assertThat(both).as("every result once, on one of the pages").doesNotHaveDuplicates().hasSize(25);
        assertThat(((Found) index.search("Pflege", 3)).hits()).as("past the last page").isEmpty();
    }

    @Test
    void pagesEndAtTheBestThousandResultsAndSaySo() {
        SearchHit hit = new SearchHit(SearchDocument.Kind.SESSION, "Pflege", "/sessions/pflege", "", null, null);
        Found last = new Found("Pflege im Handwerk", Collections.nCopies(20, hit), 5_000, 50, "", List.of());

        assertThat(last.pages()).isEqualTo(SearchIndex.MAX_PAGES).isEqualTo(50);
        assertThat(ResultsPage.Pages.of(last)).isEqualTo(new ResultsPage.Pages("Ergebnisse 981 bis 1.000 von 5.000. "
                + "Angezeigt werden die 1.000 besten Ergebnisse. Mit weiteren Wörtern wird die Suche genauer.", 981,
                "/suche?q=Pflege+im+Handwerk&seite=49", null));
        assertThat(new Found("xyzzy", List.of(), 0, 1, "", List.of()).pages()).as("the page saying so").isOne();
    }

    private MockHttpServletResponse get(String route) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(URI.create(route))).andReturn().getResponse();
    }

    private Document page(String route) throws Exception {
        return Jsoup.parse(get(route).getContentAsString(StandardCharsets.UTF_8));
    }
}
