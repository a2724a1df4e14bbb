package de.bmas.microsite.topic;

import de.bmas.microsite.testing.FixtureSite;
import de.bmas.microsite.testing.RenderedPages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TopicWithoutSessionsTest extends FixtureSite {

    @Test
    void saysSoAndOffersTheTopicsThatHaveSessions() {
        content.write("themen/wohnen.md", "---\ntitle: Wohnen\nteaser: Ein Thema ohne Sessions.\n---\nText.\n");

        var site = build();
        Document topic = RenderedPages.page(site, "/themen/wohnen");

        assertThat(topic.select("#sessions-zum-thema ~ p").first().text())
                .isEqualTo("Zu diesem Thema sind keine Sessions dokumentiert.");
        assertThat(topic.select("#sessions-zum-thema ~ ul li").eachText()).containsExactly("Arbeit (2 Sessions)");
        assertThat(topic.select("#sessions-zum-thema ~ ul.card-list")).as("no empty list of sessions").isEmpty();
        assertThat(topic.select("#sessions-zum-thema ~ ul a").attr("href")).isEqualTo("/themen/arbeit");
        assertThat(RenderedPages.htmlRoutes(site)).contains("/sessions/thema/arbeit")
                .doesNotContain("/sessions/thema/wohnen");
    }
}
