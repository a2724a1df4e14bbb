package de.bmas.microsite.outputs;

import de.bmas.microsite.site.PreparedResponse;
import de.bmas.microsite.site.Site;
import de.bmas.microsite.site.SiteBuilder;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.NONE;

/**
 * In preview mode the snapshot holds drafts, so editors see them as pages; the files meant to leave the site
 * (sitemap, feed, calendars, schedules, structured data) must still leave them out.
 */
@SpringBootTest(webEnvironment = NONE, properties = {
        "microsite.content-dir=" + TimedContentServer.CONTENT,
        "microsite.preview=true"})
class PreviewDraftsTest {


    @Autowired
    SiteBuilder builder;

    @Test
    void draftsShowAsPagesButInNoOutput() {
        Site site = builder.build().site().orElseThrow();

        assertThat(site.rendered().get("/sessions/entwurf-mit-zeit")).as("the draft's page in preview").isPresent();
        assertThat(site.rendered().get("/sessions/entwurf-mit-zeit.ics")).isEmpty();
        for (String route : OutputsFixture.OUTPUTS) {
            assertThat(text(site.rendered().get(route).orElseThrow())).as(route)
                    .doesNotContain("entwurf-mit-zeit").doesNotContain("Entwurfssession");
        }
        String structuredData = Jsoup.parse(text(site.rendered().get("/").orElseThrow()))
                .select("script[type=application/ld+json]").html();
        assertThat(structuredData).contains("/sessions/zukunft-der-arbeit").doesNotContain("entwurf-mit-zeit");
        assertThat(Jsoup.parse(text(site.rendered().get("/sessions/entwurf-mit-zeit").orElseThrow()))
                .select("a[href$=.ics]")).as("no link to a calendar that does not exist").isEmpty();
    }

    private static String text(PreparedResponse resource) {
        return new String(resource.body(), StandardCharsets.UTF_8);
    }
}
