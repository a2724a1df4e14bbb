package de.bmas.microsite.preview;

import de.bmas.microsite.site.SiteHolder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A preview tab whose browser stops reading its refresh stream (a suspended laptop, a frozen tab) holds up no
 * reload: the editor's next saves still go live, and the other tabs learn of them once the stalled one moves on.
 */
@SpringBootTest(properties = {"microsite.preview=true", "microsite.content-dir=src/test/resources/content-minimal"})
class PreviewEventsTest {

    @Autowired
    PreviewEventsController events;

    @Autowired
    SiteHolder holder;

    @Test
    void aBrowserThatStopsReadingHoldsUpNoReload() {
        CountDownLatch reading = new CountDownLatch(1);
        AtomicInteger stalledSends = new AtomicInteger();
        List<String> received = new CopyOnWriteArrayList<>();
        events.connected(new SseEmitter() {
            @Override
            public void send(SseEventBuilder event) throws IOException {
                // the version on connecting still gets through; the browser stops reading after that
                if (stalledSends.incrementAndGet() > 1) {
                    awaitReading(reading);
                }
                super.send(event);
            }
        });
        events.connected(new SseEmitter() {
            @Override
            public void send(SseEventBuilder event) throws IOException {
                received.add(event.build().stream().map(part -> part.getData().toString())
                        .collect(Collectors.joining()));
                super.send(event);
            }
        });
        try {
            for (int save = 1; save <= 2; save++) {
                assertTimeoutPreemptively(Duration.ofSeconds(60), holder::reload,
                        "a reload waits for the browser that stopped reading");
            }
        } finally {
            reading.countDown();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> received.size() == 3);
        assertThat(received).allMatch(event -> event.equals("event:stand\ndata:"
                + holder.status().lastAttempt().version() + "\n\n"));
    }

    private static void awaitReading(CountDownLatch reading) throws InterruptedIOException {
        try {
            reading.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("the application closes");
        }
    }
}
