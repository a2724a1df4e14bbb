package de.bmas.microsite.accessibility;

import de.bmas.microsite.site.SiteHolder;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;

/**
 * The site served on a random port, for tests that check every page it serves. One instance per class, so that
 * {@link #pages()} can ask the running site for its routes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RunningSite {

    @LocalServerPort
    int port;

    @Autowired
    private SiteHolder holder;

    List<String> pages() {
        return SitePages.routes(holder);
    }
}
