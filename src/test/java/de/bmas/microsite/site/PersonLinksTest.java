package de.bmas.microsite.site;

import de.bmas.microsite.testing.FixtureSite;
import de.bmas.microsite.testing.RenderedPages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A person's full name in the editors' text links to their page: once per text, and only where it is plain text. */
class PersonLinksTest extends FixtureSite {

    private static final String BODY = "Ein kurzer Bericht.";

    @Test
    void theFirstPlainMentionIsLinkedNotThoseInHeadingsCodeOrLinks() {
        content.replace("sessions/zweite-session.md", BODY, """
                ### Mit Anna Beispiel

                Das Kürzel `Anna Beispiel` und [Anna Beispiel bei einem Verband](https://www.bmas.de/) zählen nicht.

                Zuerst sprach Anna Beispiel, dann Hanna-Anna Beispielhaft, am Ende wieder Anna Beispiel.
                """);

        Element text = report(build(), "/sessions/zweite-session");

        assertThat(text.select("a[href=/personen/anna-beispiel]")).singleElement().satisfies(link -> {
            assertThat(link.text()).isEqualTo("Anna Beispiel");
            assertThat(link.parent().text()).startsWith("Zuerst sprach Anna Beispiel, dann");
        });
        assertThat(text.select("h3").html()).isEqualTo("Mit Anna Beispiel");
        assertThat(text.select("code").html()).isEqualTo("Anna Beispiel");
        assertThat(text.select("a a")).isEmpty();
    }

    @Test
    void aNameOverALineBreakIsLinkedAndAnEditorsOwnLinkCountsAsTheFirstMention() {
        content.replace("sessions/zweite-session.md", BODY,
                "Es sprachen Ben\nMuster und [Anna](/personen/anna-beispiel); Anna Beispiel moderierte.");

        Element text = report(build(), "/sessions/zweite-session");

        assertThat(text.select("a").eachAttr("href"))
                .containsExactly("/personen/ben-muster", "/personen/anna-beispiel");
        assertThat(text.select("a").eachText()).containsExactly("Ben Muster", "Anna");
    }

    @Test
    void aPersonsOwnPageDoesNotLinkToItself() {
        content.write("personen/ben-muster.md", "---\nname: Ben Muster\n---\nBen Muster sprach mit Anna Beispiel.\n");

        Document page = RenderedPages.page(build(), "/personen/ben-muster");

        assertThat(page.select(".prose a").eachAttr("href")).containsExactly("/personen/anna-beispiel");
    }

    @Test
    void aNameThatSeveralPeopleShareIsNotLinked() {
        content.write("personen/carla-gast.md", "---\nname: Carla Gast\n---\n");
        content.write("personen/carla-gast-2.md", "---\nname: Carla Gast\n---\n");
        content.replace("sessions/zweite-session.md", BODY, "Carla Gast sprach.");

        assertThat(report(build(), "/sessions/zweite-session").select("a")).isEmpty();
    }

    /** René Schäfer and Rene Schafer are two people with two pages; each name leads to its own. */
    @Test
    void namesThatDifferOnlyInDiacriticsLeadToTwoPages() {
        content.write("personen/rene-schaefer.md", "---\nname: René Schäfer\nrole: Moderation\n---\n");
        content.write("personen/rene-schafer.md", "---\nname: Rene Schafer\n---\n");
        content.replace("sessions/zweite-session.md", BODY, "Rene Schafer fragte René Schäfer.");

        var site = build();

        assertThat(report(site, "/sessions/zweite-session").select("a").eachAttr("href"))
                .containsExactly("/personen/rene-schafer", "/personen/rene-schaefer");
        assertThat(RenderedPages.page(site, "/personen/rene-schaefer").select("h1").text()).isEqualTo("René Schäfer");
        assertThat(RenderedPages.page(site, "/personen/rene-schafer").select("h1").text()).isEqualTo("Rene Schafer");
    }

    private static Element report(RenderedSite site, String route) {
        return RenderedPages.page(site, route).selectFirst("#bericht ~ .prose");
    }
}
