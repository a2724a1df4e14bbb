package de.bmas.microsite.accessibility;

import de.bmas.microsite.site.RenderedSite;
import de.bmas.microsite.site.PreparedResponse;
import de.bmas.microsite.site.SiteHolder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The home page loads fast on a weak mobile connection: with everything it pulls in, at most 30 KB on the wire. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PageWeightTest {

    private static final int BUDGET = 30 * 1024;

    @Autowired
    private SiteHolder holder;

    @Test
    void homePageWithItsAssetsStaysWithinThirtyKilobytes() {
        RenderedSite site = holder.current().rendered();
        PreparedResponse home = site.get("/").orElseThrow();
        Document page = Jsoup.parse(new String(home.body(), StandardCharsets.UTF_8));
        Set<String> loaded = new LinkedHashSet<>();
        loaded.add("/");
        loaded.addAll(page.select("link[rel~=^(stylesheet|icon)$]").eachAttr("href"));
        loaded.addAll(page.select("img[src], script[src]").eachAttr("src"));
        assertThat(loaded).as("home page and its stylesheet").hasSizeGreaterThanOrEqualTo(2);

        long bytes = loaded.stream()
                .map(route -> site.get(route).orElseThrow(() -> new AssertionError("not served: " + route)))
                .mapToLong(resource -> resource.hasGzip() ? resource.gzipped().length : resource.body().length)
                .sum();
        assertThat(bytes).as("bytes on the wire for %s", loaded).isLessThanOrEqualTo(BUDGET);
    }
}
