package de.bmas.microsite.topic;

import de.bmas.microsite.testing.ShippedSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A topic page lists exactly the sessions that name the topic, and among them those its own text links to; a topic
 * no reported session names says so.
 */
class TopicPagesTest extends ShippedSite {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "aus-und-weiterbildung  | skilled-labour-from-india-to-germany",
            "digitale-chancen       | ki-diy-style",
            "fachkraeftezuwanderung | erkenntnisse-und-impulse-aus-dem-job-turbo integration-auslaendischer-fachkraefte skilled-labour-from-india-to-germany"})
    void listsTheSessionsThatNameItIncludingThoseItsTextLinksTo(String topic, String sessions) {
        Document page = page("/themen/" + topic);

        List<String> listed = page.select("#sessions-zum-thema ~ ul .card__link").eachAttr("href");
        assertThat(listed).containsExactlyInAnyOrderElementsOf(
                List.of(sessions.split(" ")).stream().map(slug -> "/sessions/" + slug).toList());
        assertThat(page.select(".prose a[href^=/sessions/]").eachAttr("href")).isSubsetOf(listed);
        assertThat(page.text()).doesNotContain("keine Sessions dokumentiert");
    }

    @Test
    void topicWithoutReportedSessionsSaysSo() {
        Document page = page("/themen/unternehmenskultur");

        assertThat(page.select("#sessions-zum-thema ~ ul .card__link")).isEmpty();
        assertThat(page.text()).contains("Zu diesem Thema sind keine Sessions dokumentiert.");
    }
}
