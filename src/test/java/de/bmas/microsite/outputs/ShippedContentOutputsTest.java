package de.bmas.microsite.outputs;

import de.bmas.microsite.content.model.Event;
import de.bmas.microsite.testing.Http;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import de.bmas.microsite.site.PreparedResponse;
import de.bmas.microsite.site.Site;
import de.bmas.microsite.site.SiteBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

/** Every output of the shipped congress report (no clock times known), fetched from the running server. */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = "microsite.base-url=" + ShippedContentOutputsTest.BASE)
class ShippedContentOutputsTest {

    static final String BASE = "https://kongress.example.org";
    private static final Path CONTENT = Path.of("content");
    /** The machine-readable files every site has. */
    static final List<String> OUTPUTS = List.of("/sitemap.xml", "/robots.txt", "/feed.xml",
            "/programm.ics", "/programm.json", "/programm.xml");

    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    SiteBuilder builder;

    @Test
    void sitemapListsEveryPublicPageWithTheTimeItsContentFileLastChanged() throws Exception {
        Http.Response response = Http.get(port, "/sitemap.xml");
        assertThat(response.contentType()).startsWith("application/xml");
        Schemas.validateXml(response.body(), Schemas.SITEMAP);

        Document sitemap = Jsoup.parse(response.text(), "", Parser.xmlParser());
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
        // every shipped topic has sessions; the formats are those the shipped sessions name
        routes.addAll(slugs("themen").stream().map(slug -> "/sessions/thema/" + slug).toList());
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
    void robotsAllowsEverythingAndNamesTheSitemap() {
        Http.Response robots = Http.get(port, "/robots.txt");

        assertThat(robots.contentType()).startsWith("text/plain");
        assertThat(robots.text()).contains("User-agent: *\nAllow: /\n")
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

    @Test
    void calendarHasTheEventAllDayAtItsVenue() throws Exception {
        Http.Response response = Http.get(port, "/programm.ics");
        assertThat(response.contentType()).startsWith("text/calendar");

        Calendar calendar = Calendars.parse(response.text());
        assertThat(calendar.<VTimeZone>getComponents(Component.VTIMEZONE)).singleElement()
                .satisfies(zone -> assertThat(zone.getTimeZoneId().getValue()).isEqualTo("Europe/Berlin"));
        Map<String, VEvent> events = Calendars.eventsByUid(calendar);
        assertThat(events).containsOnlyKeys("event-fachkraeftekongress-2025@kongress.example.org");
        VEvent event = events.values().iterator().next();
        assertThat(Calendars.value(event, Property.DTSTART)).isEqualTo("20250225");
        assertThat(Calendars.parameter(event, Property.DTSTART, Parameter.VALUE)).isEqualTo("DATE");
        assertThat(Calendars.value(event, Property.DTEND)).isEqualTo("20250226");
        assertThat(Calendars.value(event, Property.SUMMARY)).isEqualTo("Fachkräftekongress 2025");
        assertThat(Calendars.value(event, Property.LOCATION))
                .isEqualTo("Cafe Moskau, Karl-Marx-Allee 34, 10178 Berlin");
        assertThat(Calendars.value(event, Property.URL)).isEqualTo(BASE + "/");
        assertThat(Calendars.value(event, Property.DESCRIPTION)).startsWith("Rückblick auf den Fachkräftekongress");
        assertThat(Calendars.value(event, Property.DTSTAMP))
                .isEqualTo(modified(CONTENT.resolve("veranstaltung.md")).replaceAll("[-:]", ""));
    }

    @Test
    void sessionsWithoutTimeHaveNoCalendarAndNoLinkToOne() {
        for (String slug : slugs("sessions")) {
            assertThat(Http.get(port, "/sessions/" + slug + ".ics").status()).as(slug).isEqualTo(404);
            assertThat(Jsoup.parse(Http.get(port, "/sessions/" + slug).text()).select("a[href$=.ics]"))
                    .as(slug).isEmpty();
        }
    }

    @Test
    void theProgrammeOfThePastCongressOffersNoCalendarOrScheduleButTheFilesStay() {
        Document programme = Jsoup.parse(Http.get(port, "/programm").text());

        assertThat(programme.select("main a[href]").eachAttr("href"))
                .noneMatch(href -> href.startsWith("/programm."));
        assertThat(programme.text()).doesNotContain("in den Kalender übernehmen").doesNotContain("Konferenz-Apps");
        for (String route : List.of("/programm.ics", "/programm.json", "/programm.xml")) {
            assertThat(Http.get(port, route).status()).as(route).isEqualTo(200);
        }
    }

    @Test
    void scheduleJsonIsValidWithAnEmptyDay() {
        Http.Response response = Http.get(port, "/programm.json");
        assertThat(response.contentType()).startsWith("application/json");

        assertThat(Schemas.scheduleJsonErrors(response.text())).isEmpty();
        JsonNode conference = json.readTree(response.text()).path("schedule").path("conference");
        assertThat(conference.path("acronym").asString()).isEqualTo("fachkraeftekongress_2025");
        assertThat(conference.path("time_zone_name").asString()).isEqualTo("Europe/Berlin");
        assertThat(conference.path("days")).singleElement().satisfies(day -> {
            assertThat(day.path("date").asString()).isEqualTo("2025-02-25");
            assertThat(day.path("rooms").isEmpty()).isTrue();
        });
    }

    @Test
    void scheduleXmlIsValidWithAnEmptyDay() throws Exception {
        Http.Response response = Http.get(port, "/programm.xml");
        assertThat(response.contentType()).startsWith("application/xml");

        Schemas.validateXml(response.body(), Schemas.FRAB);
        Document schedule = Jsoup.parse(response.text(), "", Parser.xmlParser());
        assertThat(schedule.select("schedule > day")).singleElement()
                .satisfies(day -> assertThat(day.attr("date")).isEqualTo("2025-02-25"))
                .satisfies(day -> assertThat(day.children()).isEmpty());
    }

    @Test
    void homePageDescribesTheEventAsStructuredData() {
        Document home = Jsoup.parse(Http.get(port, "/").text());

        assertThat(home.select("script")).singleElement()
                .satisfies(script -> assertThat(script.attr("type")).isEqualTo("application/ld+json"));
        JsonNode event = json.readTree(home.selectFirst("script").data());
        assertThat(event.path("@context").asString()).isEqualTo("https://schema.org");
        assertThat(event.path("@type").asString()).isEqualTo("Event");
        assertThat(event.path("name").asString()).isEqualTo("Fachkräftekongress 2025");
        assertThat(event.path("startDate").asString()).isEqualTo("2025-02-25");
        assertThat(event.path("endDate").asString()).isEqualTo("2025-02-25");
        assertThat(event.path("eventStatus").asString()).isEqualTo("https://schema.org/EventScheduled");
        assertThat(event.path("eventAttendanceMode").asString())
                .isEqualTo("https://schema.org/OfflineEventAttendanceMode");
        assertThat(event.path("description").asString()).isNotBlank();
        assertThat(event.path("organizer").path("name").asString())
                .isEqualTo("Bundesministerium für Arbeit und Soziales (BMAS)");
        JsonNode location = event.path("location");
        assertThat(location.path("@type").asString()).isEqualTo("Place");
        assertThat(location.path("name").asString()).isEqualTo("Cafe Moskau");
        assertThat(location.path("address").path("@type").asString()).isEqualTo("PostalAddress");
        assertThat(location.path("address").path("streetAddress").asString()).isEqualTo("Karl-Marx-Allee 34");
        assertThat(location.path("address").path("postalCode").asString()).isEqualTo("10178");
        assertThat(location.path("address").path("addressLocality").asString()).isEqualTo("Berlin");
        assertThat(event.has("subEvent")).as("no session has a time").isFalse();
        assertThat(sharing(home)).containsEntry("og:title", "Fachkräftekongress 2025")
                .containsEntry("og:type", "website")
                .containsEntry("og:url", BASE + "/")
                .containsEntry("og:locale", "de_DE")
                .containsEntry("og:site_name", "Fachkräftekongress 2025")
                .containsEntry("twitter:card", "summary_large_image")
                .containsKey("og:description")
                .containsEntry("og:image", BASE + "/teilen/index.png");
        assertThat(home.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(BASE + "/");
    }

    @Test
    void innerPagesCarryABreadcrumbList() {
        Document page = Jsoup.parse(Http.get(port, "/sessions/ki-diy-style").text());

        JsonNode crumbs = json.readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertThat(crumbs.path("@type").asString()).isEqualTo("BreadcrumbList");
        List<String> items = new ArrayList<>();
        crumbs.path("itemListElement").forEach(item -> {
            assertThat(item.path("position").asInt()).isEqualTo(items.size() + 1);
            items.add(item.path("item").asString());
        });
        assertThat(items).containsExactly(BASE + "/", BASE + "/sessions", BASE + "/sessions/ki-diy-style");
        assertThat(sharing(page)).containsEntry("og:type", "article")
                .containsEntry("og:url", BASE + "/sessions/ki-diy-style");
    }

    @Test
    void everyBuildOfTheSameContentGivesTheSameBytesAsTheServer() {
        Site rebuilt = builder.build().site().orElseThrow();
        for (String route : OUTPUTS) {
            PreparedResponse resource = rebuilt.rendered().get(route).orElseThrow();
            assertThat(resource.body()).as(route).isEqualTo(Http.get(port, route).body());
        }
    }

    /** The OpenGraph and Twitter meta tags by property or name. */
    static Map<String, String> sharing(Document page) {
        return page.select("meta[property^=og:], meta[name^=twitter:]").stream().collect(Collectors.toMap(
                meta -> meta.hasAttr("property") ? meta.attr("property") : meta.attr("name"),
                meta -> meta.attr("content")));
    }

    private static List<String> slugs(String folder) {
        try (Stream<Path> files = Files.list(CONTENT.resolve(folder))) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".md"))
                    .map(name -> name.substring(0, name.length() - 3))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * When a content file last changed, as the outputs write it (UTC, whole seconds): the last commit touching it,
     * asked of git for this one file; its modification time when it has uncommitted changes or is not in Git.
     */
    static String modified(Path file) {
        String changes = git("status", "--porcelain", "--", file.toString());
        String commit = git("log", "-1", "--first-parent", "-m", "--format=%ct", "--", file.toString());
        try {
            Instant time = changes.isEmpty() && !commit.isEmpty() ? Instant.ofEpochSecond(Long.parseLong(commit))
                    : Files.getLastModifiedTime(file).toInstant();
            return time.truncatedTo(ChronoUnit.SECONDS).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** git's trimmed output, or "" outside a work tree. */
    private static String git(String... arguments) {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return process.waitFor() == 0 ? output : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
