package de.bmas.microsite.event;

import de.bmas.microsite.testing.ShippedSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

/** The facts of the seed article are what a visitor sees first. */
class HomePageTest extends ShippedSite {

    @Test
    void showsMottoDateVenueAndKeyFigures() {
        Document home = page("/");

        assertThat(home.select(".hero__motto").text()).isEqualTo("Mehr Power fürs Fachkräfteland!");
        assertThat(home.select("time[datetime=2025-02-25]").text()).isEqualTo("Dienstag, 25. Februar 2025");
        assertThat(home.text()).contains("Cafe Moskau", "Karl-Marx-Allee 34, 10178 Berlin");
        assertThat(home.select(".figures__item").eachText())
                .containsExactly("rund 700 Teilnehmende", "mehr als 20 Sessions", "21 Ausstellende");
        assertThat(home.select(".facts__item:has(dt:contains(Moderation)) dd").text())
                .isEqualTo("Jennifer Sarah Boone und Tanja Samrotzki");
    }

    @Test
    void leadsOnToTopicsHighlightsProgrammeSessionsPeopleAndTheStand() {
        Document home = page("/");

        assertThat(home.select("#themen ~ ul a[href^=/themen/]")).hasSize(4);
        assertThat(home.select("#hoehepunkte ~ ul a[href^=/sessions/]")).isNotEmpty();
        assertThat(home.select("#weiter ~ ul a").eachAttr("href"))
                .containsExactly("/programm", "/sessions", "/personen", "/my-turn");
    }

    /**
     * On a phone the report is thousands of pixels long: what visitors come for (figures, highlights, topics) comes
     * before it, and a short list near the top leads to each part of the page.
     */
    @Test
    void whatVisitorsComeForComesBeforeTheLongReport() {
        Document home = page("/");

        // the report's own sections stand under its heading, so the page's sections are all in the contents
        assertThat(home.select("main h2").eachText()).containsExactly("In Zahlen", "Auf dieser Seite", "Höhepunkte",
                "Themen", "Der Tag im Rückblick", "Weiterlesen");
        assertThat(home.select("section[aria-labelledby=rueckblick] .prose h3").eachText())
                .startsWith("Wer eingeladen hatte").endsWith("Quellen");
        Element contents = home.selectFirst("nav.toc");
        // named by its visible heading, so a screen reader does not announce the name twice
        assertThat(home.getElementById(contents.attr("aria-labelledby")).text()).isEqualTo("Auf dieser Seite");
        assertThat(contents.hasAttr("aria-label")).isFalse();
        assertThat(contents.select("a").eachAttr("href"))
                .containsExactly("#hoehepunkte", "#themen", "#rueckblick", "#weiter");
        contents.select("a").eachAttr("href").forEach(anchor ->
                assertThat(home.select(anchor)).as(anchor).hasSize(1));
        assertThat(home.select(".lead").first().elementSiblingIndex())
                .isLessThan(contents.elementSiblingIndex());
    }
}
