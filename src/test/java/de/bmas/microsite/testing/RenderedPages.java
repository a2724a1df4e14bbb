package de.bmas.microsite.testing;

import de.bmas.microsite.site.PreparedResponse;
import de.bmas.microsite.site.RenderedSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Pages of a rendered site read as a browser without JavaScript reads them, without a server: the bytes the
 * server and the export send, from the site's own map.
 */
public final class RenderedPages {

    private RenderedPages() {
    }

    /** The page at {@code route}, which must have been rendered. */
    public static Document page(RenderedSite site, String route) {
        PreparedResponse response = site.get(route)
                .orElseThrow(() -> new AssertionError("no page rendered at " + route));
        return Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8), "http://localhost" + route);
    }

    /** Every rendered HTML route, sorted. */
    public static List<String> htmlRoutes(RenderedSite site) {
        return site.responses().stream()
                .filter(response -> response.contentType().startsWith("text/html"))
                .map(PreparedResponse::route)
                .sorted()
                .toList();
    }
}
