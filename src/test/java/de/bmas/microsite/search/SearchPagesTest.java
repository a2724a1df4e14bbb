package de.bmas.microsite.search;

import de.bmas.microsite.site.PreparedResponse;
import de.bmas.microsite.site.Site;
import de.bmas.microsite.site.SiteBuilder;
import de.bmas.microsite.site.SiteHolder;
import de.bmas.microsite.testing.ContentFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Repeated queries cost a lookup as long as the site is served: a request that still runs on a site a reload has
 * replaced gets its own page, in that site's chrome, and does not empty the cache of the site being served.
 */
@SpringBootTest
class SearchPagesTest {

    /** The minimal content, in place before the application starts: a server does not start on a folder without. */
    private static final ContentFixture CONTENT = ContentFixture.copyInto(ContentFixture.newBuildDir());

    @DynamicPropertySource
    static void contentDir(DynamicPropertyRegistry registry) {
        registry.add("microsite.content-dir", () -> CONTENT.dir().toString());
    }

    @Autowired
    SearchPages pages;

    @Autowired
    SiteHolder holder;

    @Autowired
    SiteBuilder builder;

    @Test
    void aRequestOnAReplacedSiteLeavesTheServedSitesPagesKept() {
        Site served = holder.current();
        PreparedResponse kept = pages.answer(served, "Arbeit", 1).orElseThrow();
        assertThat(pages.answer(served, "Arbeit", 1).orElseThrow()).as("a repeated query").isSameAs(kept);

        // the site that replaces the served one while a request on it is still running
        CONTENT.replace("veranstaltung.md", "name: Testkongress 2025", "name: Testkongress 2026");
        Site replaced = builder.build().site().orElseThrow();
        PreparedResponse onReplaced = pages.answer(replaced, "Arbeit", 1).orElseThrow();
        assertThat(onReplaced).as("rendered for the replaced site").isNotSameAs(kept);
        assertThat(text(onReplaced)).as("in the replaced site's chrome").contains("Testkongress 2026");
        assertThat(text(kept)).doesNotContain("Testkongress 2026");

        assertThat(pages.answer(served, "Arbeit", 1).orElseThrow()).as("still kept for the site being served")
                .isSameAs(kept);
    }

    private static String text(PreparedResponse page) {
        return new String(page.body(), StandardCharsets.UTF_8);
    }
}
