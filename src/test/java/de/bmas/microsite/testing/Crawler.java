package de.bmas.microsite.testing;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/** Follows every same-site link from the home page and records each URL's status. */
public final class Crawler {

    private Crawler() {
    }

    /** Status by path for every internal page, asset and output reachable from {@code /}. */
    public static Map<String, Integer> crawl(int port) {
        Map<String, Integer> statuses = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add("/");
        while (!queue.isEmpty()) {
            String path = queue.poll();
            if (statuses.containsKey(path)) {
                continue;
            }
            Http.Response response = Http.get(port, path);
            statuses.put(path, response.status());
            String type = response.contentType();
            if (response.status() == 200 && type.startsWith("text/html")) {
                Document page = Jsoup.parse(response.text(), "http://localhost:" + port + path);
                for (Element link : page.select("a[href], link[href]")) {
                    internalPath(link.absUrl("href"), port).ifPresent(queue::add);
                }
            }
        }
        return statuses;
    }

    private static java.util.Optional<String> internalPath(String url, int port) {
        URI uri = URI.create(url);
        if (!"localhost".equals(uri.getHost()) || uri.getPort() != port) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(uri.getRawPath());
    }
}
