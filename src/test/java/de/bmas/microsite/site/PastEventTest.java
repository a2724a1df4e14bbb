package de.bmas.microsite.site;

import de.bmas.microsite.MicrositeProperties;
import de.bmas.microsite.testing.RenderedPages;
import de.bmas.microsite.testing.TestClock;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.bean.override.convention.TestBean;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.NONE;

/**
 * The timed test congress (25 February 2026, src/test/resources/content-timed) rendered on both sides of the first
 * midnight in Berlin after its day, 23:00 UTC: before it the pages offer calendars and conference-app schedules,
 * from then on they do not, while the files stay for subscribers. The site is built without a server.
 */
@SpringBootTest(webEnvironment = NONE, properties = {
        "microsite.content-dir=src/test/resources/content-timed",
        "microsite.base-url=https://test.example.org"})
@ExtendWith(OutputCaptureExtension.class)
class PastEventTest {

    private static final Instant OVER = Instant.parse("2026-02-25T23:00:00Z");
    private static final TestClock CLOCK = new TestClock(OVER);
    private static final List<String> OUTPUTS = List.of("/programm.ics", "/sessions/zukunft-der-arbeit.ics",
            "/programm.json", "/programm.xml");

    @TestBean
    Clock clock;

    @Autowired
    SiteBuilder builder;

    @Autowired
    MicrositeProperties properties;

    static Clock clock() {
        return CLOCK;
    }

    @Test
    void aWeekBeforeTheEventPagesOfferCalendarsAndSchedulesForApps() {
        Site site = buildAt(Instant.parse("2026-02-18T12:00:00Z"));

        assertThat(links(site, "/programm")).contains("/programm.ics", "/programm.json", "/programm.xml");
        assertThat(page(site, "/programm").text()).contains("Programm in den Kalender übernehmen",
                "Für Konferenz-Apps");
        assertThat(page(site, "/programm").select("a[href=/programm.ics]").attr("download")).isEqualTo("programm.ics");
        assertThat(page(site, "/sessions/zukunft-der-arbeit").select("a[href$=.ics]").attr("download"))
                .isEqualTo("zukunft-der-arbeit.ics");
        assertThat(links(site, "/sessions/zukunft-der-arbeit")).contains("/sessions/zukunft-der-arbeit.ics");
        assertThat(links(site, "/sessions/werkstatt-ohne-zeit")).as("no time, no calendar")
                .noneMatch(href -> href.endsWith(".ics"));
        assertThat(page(site, "/").getElementById("rueckblick").text()).as("no recap before the day")
                .isEqualTo("Was Sie erwartet");
    }

    @Test
    void fromMidnightPagesOfferNeitherButTheFilesStayUnchangedForSubscribers() {
        Site lastSecond = buildAt(OVER.minusSeconds(1));
        Site midnight = buildAt(OVER);

        assertThat(links(lastSecond, "/programm")).contains("/programm.ics", "/programm.json", "/programm.xml");
        assertThat(links(lastSecond, "/sessions/zukunft-der-arbeit")).contains("/sessions/zukunft-der-arbeit.ics");
        assertThat(links(midnight, "/programm")).noneMatch(href -> href.startsWith("/programm."));
        assertThat(page(midnight, "/programm").text()).doesNotContain("in den Kalender übernehmen")
                .doesNotContain("Konferenz-Apps");
        assertThat(page(midnight, "/").getElementById("rueckblick").text()).isEqualTo("Der Tag im Rückblick");
        for (String route : List.of("/sessions/zukunft-der-arbeit", "/sessions/kurzimpuls", "/")) {
            assertThat(links(midnight, route)).as(route).noneMatch(href -> href.endsWith(".ics"));
        }
        // a week apart too, so that no part of the build's date (its day, in any time zone) is in a file
        Site weekBefore = buildAt(OVER.minus(Duration.ofDays(7)));
        for (String route : OUTPUTS) {
            assertThat(midnight.rendered().get(route)).as(route).get().extracting(PreparedResponse::body)
                    .isEqualTo(lastSecond.rendered().get(route).orElseThrow().body())
                    .isEqualTo(weekBefore.rendered().get(route).orElseThrow().body());
        }
    }

    @Test
    void twoBuildsForTheSameMomentGiveTheSameBytesAsServerAndExportNeed() {
        Site first = buildAt(OVER);
        Site second = buildAt(OVER);

        assertThat(second.rendered().routes()).isEqualTo(first.rendered().routes());
        first.rendered().responses().forEach(response -> assertThat(second.rendered().get(response.route()))
                .as(response.route()).get().extracting(PreparedResponse::body).isEqualTo(response.body()));
    }

    @Test
    void aRunningServerRendersItsSiteAgainAtMidnightByItself(CapturedOutput output) throws Exception {
        CLOCK.set(OVER.minusMillis(200));
        SiteHolder holder = holder();
        try {
            Site first = holder.current();
            assertThat(links(first, "/programm")).contains("/programm.ics");
            assertThat(output).contains("The event is over at 2026-02-26T00:00+01:00[Europe/Berlin]");

            CLOCK.set(OVER);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> links(holder.current(), "/programm").stream().noneMatch(href -> href.endsWith(".ics")));
            assertThat(holder.current().renderedAt()).isEqualTo(OVER);
            assertThat(holder.current().snapshot()).as("the same content, rendered again")
                    .isSameAs(first.snapshot());
        } finally {
            holder.destroy();
        }
    }

    @Test
    void aServerStartedAfterTheEventSetsNoTimer(CapturedOutput output) throws Exception {
        CLOCK.set(OVER.plusSeconds(60));
        SiteHolder holder = holder();
        try {
            assertThat(links(holder.current(), "/programm")).noneMatch(href -> href.endsWith(".ics"));
            assertThat(output).doesNotContain("The event is over at");
        } finally {
            holder.destroy();
        }
    }

    private Site buildAt(Instant now) {
        CLOCK.set(now);
        return builder.build().site().orElseThrow();
    }

    private static Document page(Site site, String route) {
        return RenderedPages.page(site.rendered(), route);
    }

    private static List<String> links(Site site, String route) {
        return page(site, route).select("main a[href]").eachAttr("href");
    }

    private SiteHolder holder() {
        return new SiteHolder(builder, new WatchedFolders(properties, ""), properties, event -> {
        }, CLOCK, List.of());
    }
}
