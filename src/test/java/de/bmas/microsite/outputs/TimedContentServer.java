package de.bmas.microsite.outputs;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.convention.TestBean;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

/**
 * The fictitious "Testkongress 2026" (src/test/resources/content-timed), whose blocks and sessions have clock
 * times, served on a random port and seen a week before the congress, while its pages still offer the calendars.
 * Every subclass shares one Spring context, so the site is built and served once.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = {
        "microsite.content-dir=" + TimedContentServer.CONTENT,
        "microsite.base-url=" + TimedContentServer.BASE})
abstract class TimedContentServer {

    static final String CONTENT = "src/test/resources/content-timed";
    static final String BASE = "https://test.example.org";

    final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @TestBean
    Clock clock;

    static Clock clock() {
        return Clock.fixed(Instant.parse("2026-02-18T12:00:00Z"), ZoneOffset.UTC);
    }
}
