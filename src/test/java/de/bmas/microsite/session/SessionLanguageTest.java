package de.bmas.microsite.session;

import de.bmas.microsite.testing.ShippedSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped session „Skilled Labour: From India to Germany“ has an English title and a German report
 * ({@code title_language: en}): screen readers speak the title in English wherever it stands, the rest in German
 * (WCAG 3.1.2).
 */
class SessionLanguageTest extends ShippedSite {

    private static final String TITLE = "Skilled Labour: From India to Germany";

    @Test
    void theSessionPageMarksOnlyTheEnglishTitle() {
        Document session = page("/sessions/skilled-labour-from-india-to-germany");

        assertThat(session.select("h1[lang=en]").text()).isEqualTo(TITLE);
        assertThat(session.select(".breadcrumbs__link[lang=en]").text()).isEqualTo(TITLE);
        assertThat(session.select(".lead[lang], .prose[lang]")).as("teaser and report are German").isEmpty();
        assertThat(session.select(".prose span[lang=en]").eachText()).containsExactly(TITLE);
    }

    @Test
    void everyMentionOfTheTitleIsMarkedAsEnglish() {
        for (String route : new String[]{"/", "/programm", "/sessions", "/themen/fachkraeftezuwanderung",
                "/themen/aus-und-weiterbildung", "/barrierefreiheit"}) {
            Document page = page(route);
            assertThat(page.select("main :containsOwn(" + TITLE + ")")).as(route).isNotEmpty()
                    .allSatisfy(element -> assertThat(element.attr("lang")).as(route).isEqualTo("en"));
        }
    }
}
