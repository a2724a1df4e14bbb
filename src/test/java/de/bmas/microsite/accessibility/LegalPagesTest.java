package de.bmas.microsite.accessibility;

import de.bmas.microsite.testing.WebPage;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages every German federal site needs, reachable from every page and holding what the law asks for:
 * accessibility statement (§ 12b BGG, EU model statement), Leichte Sprache (§ 4 BITV 2.0), privacy notice
 * (Art. 13 DSGVO) and imprint (§ 5 DDG).
 */
class LegalPagesTest extends RunningSite {

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void everyPageLinksTheLegalPagesAndLeichteSpracheInItsHeader(String route) {
        Document page = WebPage.parse(port, route);
        assertThat(page.select("body > header a").eachAttr("href")).as("header of %s", route)
                .contains("/leichte-sprache");
        assertThat(page.select("body > footer a").eachAttr("href")).as("footer of %s", route)
                .contains("/barrierefreiheit", "/datenschutz", "/impressum");
    }

    @Test
    void accessibilityStatementFollowsTheEuModel() {
        Document page = WebPage.parse(port, "/barrierefreiheit");
        String text = page.select("main").text();
        assertThat(page.select("h1").text()).isEqualTo("Erklärung zur Barrierefreiheit");
        assertThat(page.select("main h2").eachText()).anyMatch(h -> h.contains("Vereinbarkeit"))
                .anyMatch(h -> h.contains("Nicht barrierefreie Inhalte"))
                .anyMatch(h -> h.contains("Erstellung"))
                .anyMatch(h -> h.contains("Feedback"))
                .anyMatch(h -> h.contains("Schlichtungsverfahren"));
        assertThat(text).contains("§ 12b BGG", "BITV 2.0", "Gebärdensprache", "§ 16 BGG")
                .containsPattern("erstellt|überprüft")
                .containsPattern("\\d{1,2}\\. [A-ZÄÖÜ][a-zäöü]+ \\d{4}");
        assertThat(page.select("main a[href^=mailto:]")).as("feedback contact").isNotEmpty();
        assertThat(page.select("main a[href*=schlichtungsstelle-bgg.de]")).as("link to the Schlichtungsstelle")
                .isNotEmpty();
    }

    @Test
    void leichteSpracheExplainsSiteNavigationAndAccessibility() {
        Document page = WebPage.parse(port, "/leichte-sprache");
        assertThat(page.select("main h2")).as("sections in Leichte Sprache").hasSizeGreaterThanOrEqualTo(4);
        assertThat(page.select("main a").eachAttr("href")).contains("/barrierefreiheit");
    }

    @Test
    void privacyNoticeCoversLogFilesAndRulesOutCookiesAndTracking() {
        String text = WebPage.parse(port, "/datenschutz").select("main").text();
        assertThat(text).contains("Art. 13", "Logdateien", "keine Cookies", "kein Tracking", "Art. 77 DSGVO");
    }

    @Test
    void imprintNamesItsLegalBasisAndShowsTheTeaserTheSearchFindsItBy() {
        Document page = WebPage.parse(port, "/impressum");
        assertThat(page.select("main").text()).contains("§ 5 DDG");
        assertThat(page.select("h1 + .lead").text()).contains("Medienstaatsvertrag");
    }
}
