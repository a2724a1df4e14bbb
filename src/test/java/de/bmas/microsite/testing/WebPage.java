package de.bmas.microsite.testing;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Pages of the running site over a real port, as a browser without JavaScript reads them. */
public final class WebPage {

    private WebPage() {
    }

    /** The page parsed by jsoup, with its URL as base so that links resolve. */
    public static Document parse(int port, String path) {
        return Jsoup.parse(Http.get(port, path).text(), "http://localhost:" + port + path);
    }
}
