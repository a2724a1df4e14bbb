package de.bmas.microsite.accessibility;

import de.bmas.microsite.site.PreparedResponse;
import de.bmas.microsite.testing.ShippedSite;
import org.junit.jupiter.api.Test;
import org.jsoup.nodes.Document;

import java.util.LinkedHashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page loads fast on a weak mobile connection: with everything it pulls in, at most 30 KB on the wire,
 * and no JavaScript. The bytes are the ones the server and the export send, gzipped where a browser gets gzip.
 */
class PageWeightTest extends ShippedSite {

    private static final int BUDGET = 30 * 1024;

    @Test
    void homePageWithItsAssetsStaysWithinThirtyKilobytesAndRunsNoScript() {
        Document page = page("/");
        Set<String> loaded = new LinkedHashSet<>();
        loaded.add("/");
        loaded.addAll(page.select("link[rel~=^(stylesheet|icon)$]").eachAttr("href"));
        loaded.addAll(page.select("img[src], script[src]").eachAttr("src"));
        assertThat(loaded).as("home page and its stylesheet").anyMatch(url -> url.endsWith(".css"));

        long bytes = loaded.stream()
                .map(route -> site.get(route).orElseThrow(() -> new AssertionError("not served: " + route)))
                .mapToLong(PageWeightTest::bytesOnTheWire)
                .sum();
        assertThat(bytes).as("bytes on the wire for %s", loaded).isLessThanOrEqualTo(BUDGET);
        assertThat(page.select("script")).as("scripts on the home page")
                .allMatch(script -> script.attr("type").equals("application/ld+json"));
    }

    private static long bytesOnTheWire(PreparedResponse response) {
        return response.hasGzip() ? response.gzipped().length : response.body().length;
    }
}
