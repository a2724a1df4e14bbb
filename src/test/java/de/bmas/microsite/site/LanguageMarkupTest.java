package de.bmas.microsite.site;

import de.bmas.microsite.testing.RenderedPages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.NONE;

/**
 * A session and a page with {@code language: en} in the timed test congress: their own words carry
 * {@code lang="en"}, the German frame around them does not. Built without a server, with the settings of
 * PreviewDraftsTest so both share one Spring context; the markup is the same outside preview.
 */
@SpringBootTest(webEnvironment = NONE, properties = {
        "microsite.content-dir=src/test/resources/content-timed",
        "microsite.preview=true"})
class LanguageMarkupTest {

    private static Site site;

    @BeforeAll
    static void build(@Autowired SiteBuilder builder) {
        site = builder.build().site().orElseThrow();
    }

    @Test
    void anEnglishSessionMarksItsTitleTeaserAndReportButNotTheGermanFrame() {
        Document page = page("/sessions/working-across-borders");

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("de");
        assertThat(page.select("[lang=en]")).extracting(Element::tagName, Element::className)
                .containsExactlyInAnyOrder(tuple("h1", ""), tuple("p", "lead"), tuple("div", "prose"),
                        tuple("a", "breadcrumbs__link"));
        assertThat(page.selectFirst("[lang=en].prose").text()).startsWith("An invented report in English");
        assertThat(page.select("dt, h2").eachText()).contains("Datum", "Bericht")
                .allSatisfy(label -> assertThat(label).doesNotContain("Working"));
    }

    @Test
    void cardsOfAnEnglishSessionMarkItsTitleAndTeaser() {
        Element card = page("/sessions").select(".card")
                .stream().filter(item -> item.text().contains("Working Across Borders")).findFirst().orElseThrow();

        assertThat(card.selectFirst(".card__link").attr("lang")).isEqualTo("en");
        assertThat(card.selectFirst(".card__teaser").attr("lang")).isEqualTo("en");
        assertThat(card.selectFirst(".card__meta").hasAttr("lang")).as("format and time are German labels").isFalse();
    }

    @Test
    void germanSessionsAndPagesCarryNoLanguageOfTheirOwn() {
        assertThat(page("/sessions/zukunft-der-arbeit").select("h1[lang], .lead[lang], .prose[lang]")).isEmpty();
        assertThat(page("/impressum").select("main [lang]")).isEmpty();
    }

    @Test
    void anEnglishPageMarksItsTitleAndText() {
        Document page = page("/about-this-site");

        assertThat(page.select("main [lang=en]")).extracting(Element::tagName).containsExactly("h1", "p", "div");
        assertThat(page.selectFirst(".breadcrumbs__link[aria-current=page]").attr("lang")).isEqualTo("en");
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    private static Document page(String route) {
        return RenderedPages.page(site.rendered(), route);
    }
}
