package de.bmas.microsite.site;

import de.bmas.microsite.MicrositeProperties;
import de.bmas.microsite.testing.ContentFixture;
import de.bmas.microsite.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.NONE;

/**
 * What operators and editors notice of the re-render when the timed test congress is over (23:00 UTC): a failed run
 * is in the log, and a preview that shows the problems page at that moment keeps showing it, without an error.
 */
@SpringBootTest(webEnvironment = NONE, properties = {"microsite.preview=true",
        "microsite.base-url=https://test.example.org"})
@ExtendWith(OutputCaptureExtension.class)
class EventOverTimerTest {

    private static final Instant OVER = Instant.parse("2026-02-25T23:00:00Z");
    private static final TestClock CLOCK = new TestClock(OVER.minusSeconds(3600));
    private static final Path DIR = ContentFixture.newBuildDir();
    private static final String SCHEDULED = "The event is over at 2026-02-26T00:00+01:00[Europe/Berlin]";

    @TestBean
    Clock clock;

    @Autowired
    SiteBuilder builder;

    @Autowired
    MicrositeProperties properties;

    static Clock clock() {
        return CLOCK;
    }

    @DynamicPropertySource
    static void timedContent(DynamicPropertyRegistry registry) {
        ContentFixture.copyTree(Path.of("src/test/resources/content-timed"), DIR);
        registry.add("microsite.content-dir", DIR::toString);
    }

    @Test
    void aReRenderThatFailsIsLogged(CapturedOutput output) {
        CLOCK.set(OVER.minusMillis(100));
        Site site = builder.build().site().orElseThrow();
        EventOverTimer timer = new EventOverTimer(CLOCK);
        try {
            timer.follow(site, () -> {
                throw new IllegalStateException("a template does not parse");
            });

            await().atMost(Duration.ofSeconds(30)).until(() -> output.getOut().contains(
                    "Re-rendering the site at the end of the event failed; it keeps its calendar links"));
            assertThat(output).contains("java.lang.IllegalStateException: a template does not parse");
        } finally {
            timer.stop();
        }
    }

    @Test
    void aPreviewShowingProblemsAtTheEndOfTheEventKeepsShowingThem(CapturedOutput output) throws Exception {
        CLOCK.set(OVER.minusSeconds(3600));
        Path event = DIR.resolve("veranstaltung.md");
        String valid = Files.readString(event);
        SiteHolder holder = new SiteHolder(builder, new WatchedFolders(properties, ""), properties, change -> {
        }, CLOCK, List.of());
        try {
            holder.current();
            Files.writeString(event, valid.replace("date: 2026-02-25", "date: kein Datum"));
            holder.reload();
            Site problems = holder.current();
            assertThat(problems.snapshot()).as("the problems site").isNull();

            CLOCK.set(OVER);
            holder.rerender();
            assertThat(holder.current()).as("a timer's run that was already waiting").isSameAs(problems);

            CLOCK.set(OVER.minusSeconds(60));
            Files.writeString(event, valid);
            holder.reload();
            assertThat(output.getOut().split(Pattern.quote(SCHEDULED), -1)).as("the timer of the fixed site is set anew")
                    .hasSize(3);
        } finally {
            holder.destroy();
            Files.writeString(event, valid);
        }
    }
}
