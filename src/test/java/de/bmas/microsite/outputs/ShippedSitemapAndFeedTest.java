package de.bmas.microsite.outputs;

import de.bmas.microsite.testing.Http;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static de.bmas.microsite.outputs.OutputsFixture.modified;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What search engines and feed readers fetch from the shipped report: the sitemap of every public page with its
 * content file's date, robots.txt naming it, and the Atom feed of the event and every session report.
 */
class ShippedSitemapAndFeedTest extends ShippedContentServer {

    @Test
    void sitemapListsEveryPublicPageWithTheTimeItsContentFileLastChanged() throws Exception {
        Http.Response response = Http.get(port, "/sitemap.xml");
        assertThat(response.contentType()).startsWith("application/xml");
        Document sitemap = Schemas.validXml(response.body(), Schemas.SITEMAP);
        Map<String, String> lastmodByLoc = sitemap.select("url").stream().collect(Collectors.toMap(
                url -> url.selectFirst("loc").text(), url -> url.selectFirst("lastmod").text()));
        List<String> routes = new ArrayList<>(List.of("/", "/programm", "/sessions", "/themen"));
        routes.addAll(slugs("sessions").stream().map(slug -> "/sessions/" + slug).toList());
        routes.addAll(slugs("themen").stream().map(slug -> "/themen/" + slug).toList());
        routes.addAll(slugs("staende").stream().map(slug -> "/" + slug).toList());
        routes.addAll(slugs("seiten").stream().map(slug -> "/" + slug).toList());
        routes.add("/personen");
        routes.addAll(slugs("personen").stream().map(slug -> "/personen/" + slug).toList());
        routes.add("/stichwoerter");
        // the topics and formats the shipped sessions name: no session is documented for Unternehmenskultur
        routes.addAll(Stream.of("aus-und-weiterbildung", "digitale-chancen", "fachkraeftezuwanderung")
                .map(slug -> "/sessions/thema/" + slug).toList());
        routes.addAll(List.of("/sessions/format/eroeffnung", "/sessions/format/keynote", "/sessions/format/session",
                "/sessions/format/world-cafe"));
        assertThat(lastmodByLoc.keySet()).containsExactlyInAnyOrderElementsOf(
                routes.stream().map(route -> BASE + route).toList());
        for (String route : routes) {
            assertThat(Http.get(port, route).contentType()).as(route).startsWith("text/html");
        }
        assertThat(lastmodByLoc.get(BASE + "/sessions/ki-diy-style"))
                .isEqualTo(modified(CONTENT.resolve("sessions/ki-diy-style.md")));
        assertThat(lastmodByLoc.get(BASE + "/")).isEqualTo(modified(CONTENT.resolve("veranstaltung.md")));
    }

    @Test
    void robotsAllowsEverythingButSearchResultsAndNamesTheSitemap() {
        Http.Response robots = Http.get(port, "/robots.txt");

        assertThat(robots.contentType()).startsWith("text/plain");
        assertThat(robots.text()).contains("User-agent: *\nAllow: /\nDisallow: /suche?\n")
                .containsPattern("(?m)^Sitemap: " + BASE + "/sitemap.xml$");
    }

    @Test
    void feedHasTheEventAndEverySessionReport() throws Exception {
        Http.Response response = Http.get(port, "/feed.xml");
        assertThat(response.contentType()).startsWith("application/atom+xml");

        SyndFeed feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(response.body())));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getTitle()).isEqualTo("Fachkräftekongress 2025");
        List<String> expected = new ArrayList<>(List.of(BASE + "/"));
        slugs("sessions").forEach(slug -> expected.add(BASE + "/sessions/" + slug));
        assertThat(feed.getEntries()).extracting(SyndEntry::getLink).containsExactlyInAnyOrderElementsOf(expected);
        for (SyndEntry entry : feed.getEntries()) {
            assertThat(entry.getUri()).isEqualTo(entry.getLink());
            assertThat(entry.getUpdatedDate()).isNotNull();
            assertThat(entry.getContents()).singleElement().satisfies(content -> {
                assertThat(content.getType()).isEqualTo("html");
                assertThat(content.getValue()).contains("<p>").doesNotContain("href=\"/").doesNotContain("src=\"/");
            });
        }
        SyndEntry session = feed.getEntries().stream()
                .filter(entry -> entry.getLink().equals(BASE + "/sessions/ki-diy-style")).findFirst().orElseThrow();
        String description = Jsoup.parse(Http.get(port, "/sessions/ki-diy-style").text())
                .selectFirst("meta[name=description]").attr("content");
        assertThat(session.getDescription().getValue()).isEqualTo(description);
        assertThat(session.getUpdatedDate().toInstant().toString())
                .isEqualTo(modified(CONTENT.resolve("sessions/ki-diy-style.md")));
    }
}
