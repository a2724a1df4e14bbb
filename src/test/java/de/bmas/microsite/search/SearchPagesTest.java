package de.bmas.microsite.search;

import de.bmas.microsite.site.PreparedResponse;
import de.bmas.microsite.site.Site;
import de.bmas.microsite.site.SiteBuilder;
import de.bmas.microsite.site.SiteHolder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Repeated queries cost a lookup as long as the site is served: a request that still runs on a site a reload has
 * replaced gets its own page, in that site's chrome, and does not empty the cache of the site being served.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SearchPagesTest {

    @Autowired
    SearchPages pages;

    @Autowired
    SiteHolder holder;

    @Autowired
    SiteBuilder builder;

    @Test
    void aRequestOnAReplacedSiteLeavesTheServedSitesPagesKept() {
        Site served = holder.current();
        PreparedResponse kept = pages.answer(served, "Arbeit");
        assertThat(pages.answer(served, "Arbeit")).as("a repeated query").isSameAs(kept);

        Site replaced = builder.build().site().orElseThrow();
        assertThat(pages.answer(replaced, "Arbeit")).as("rendered for the replaced site").isNotSameAs(kept);

        assertThat(pages.answer(served, "Arbeit")).as("still kept for the site being served").isSameAs(kept);
    }
}
