package de.bmas.microsite.testing;

import de.bmas.microsite.site.RenderedSite;
import de.bmas.microsite.site.SiteBuilder;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The shipped content rendered once per test class, without a server: for tests of what pages show. Every
 * subclass shares one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ShippedSite {

    @Autowired
    private SiteBuilder builder;

    protected RenderedSite site;

    @BeforeAll
    void build() {
        site = builder.build().site().orElseThrow().rendered();
    }

    protected Document page(String route) {
        return RenderedPages.page(site, route);
    }
}
