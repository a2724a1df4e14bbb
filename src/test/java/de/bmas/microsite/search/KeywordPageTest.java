package de.bmas.microsite.search;

import de.bmas.microsite.content.source.Snapshots;
import de.bmas.microsite.search.KeywordIndex.Keyword;
import de.bmas.microsite.search.KeywordIndex.Letter;
import de.bmas.microsite.testing.ShippedSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /stichwoerter} on the shipped site: people, topics and terms under their initials, each leading to its
 * pages, jump links to every initial, and a link to it in the header of every page.
 */
class KeywordPageTest extends ShippedSite {

    @Test
    void peopleTopicsAndTermsUnderTheirInitials() {
        Document page = page("/stichwoerter");

        assertThat(page.select("h1").text()).isEqualTo("Stichwörter A–Z");
        Element o = page.getElementById("buchstabe-o");
        Element oezdemir = o.selectFirst("li.keyword:has(a[href=/personen/cem-oezdemir])");
        assertThat(oezdemir.text()).isEqualTo("Özdemir, Cem (Person)");
        assertThat(page.select("#buchstabe-f a[href=/themen/fachkraeftezuwanderung]").text())
                .isEqualTo("Fachkräftezuwanderung");
        assertThat(page.select("li.keyword:has(.keyword__links) .keyword__links a").eachAttr("href"))
                .isNotEmpty().allMatch(route -> route.startsWith("/"));
    }

    @Test
    void aTermTheEditorsHidIsNotListed() {
        // "Power" from the motto is a term by the index's rules; veranstaltung.md hides it
        assertThat(SearchIndex.of(Snapshots.load(Path.of("content"))).keywords().letters())
                .flatExtracting(Letter::keywords).extracting(Keyword::label).contains("Power");

        assertThat(page("/stichwoerter").select("li.keyword").eachText()).isNotEmpty()
                .noneMatch(entry -> entry.startsWith("Power"));
    }

    @Test
    void anEnglishTitleKeepsItsLanguageWhereATermLeadsToIt() {
        assertThat(page("/stichwoerter").select(".keyword__links a[href=/sessions/skilled-labour-from-india-to-germany]"))
                .isNotEmpty().allSatisfy(link -> assertThat(link.attr("lang")).isEqualTo("en"));
    }

    @Test
    void jumpLinksLeadToEveryInitial() {
        Document page = page("/stichwoerter");

        assertThat(page.select("nav.letters a").eachAttr("href")).isNotEmpty()
                .containsExactlyElementsOf(page.select("section.group").eachAttr("id").stream()
                        .map(id -> "#" + id).toList());
        assertThat(page.select("section.group h2").eachText()).contains("A", "F", "O");
    }

    @Test
    void everyPageLinksToItFromItsHeader() {
        for (String route : new String[]{"/", "/programm", "/stichwoerter", "/themen/fachkraeftezuwanderung"}) {
            Element link = page(route).selectFirst("header a[href=/stichwoerter]");
            assertThat(link).as(route).isNotNull();
            assertThat(link.text()).isEqualTo("Stichwörter A–Z");
        }
        assertThat(page("/stichwoerter").select("header a[href=/stichwoerter]").attr("aria-current"))
                .isEqualTo("page");
    }
}
