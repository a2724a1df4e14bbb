package de.bmas.microsite.preview;

import de.bmas.microsite.site.SiteHolder;
import de.bmas.microsite.testing.ContentFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A preview tab whose browser stops reading its refresh stream (a suspended laptop, a frozen tab) holds up nothing:
 * the editor's next saves still go live, the other tabs learn of them at once, and the stalled tab of the latest
 * once it reads again.
 */
@SpringBootTest(properties = "microsite.preview=true")
class PreviewEventsTest {

    private static final Path DIR = ContentFixture.newBuildDir();

    @DynamicPropertySource
    static void contentDir(DynamicPropertyRegistry registry) {
        registry.add("microsite.content-dir", DIR::toString);
    }

    @Autowired
    PreviewEventsController events;

    @Autowired
    SiteHolder holder;

    @Test
    void aBrowserThatStopsReadingHoldsUpNeitherAReloadNorTheOtherTabs() {
        ContentFixture content = ContentFixture.copyInto(DIR);
        holder.reload();
        List<String> versions = new ArrayList<>(List.of(version()));
        CountDownLatch reading = new CountDownLatch(1);
        List<String> stalled = new CopyOnWriteArrayList<>();
        List<String> other = new CopyOnWriteArrayList<>();
        events.connected(new Tab(stalled) {
            @Override
            public void send(SseEventBuilder event) throws IOException {
                // the version on connecting still gets through; the browser stops reading after that
                if (!stalled.isEmpty()) {
                    awaitReading(reading);
                }
                super.send(event);
            }
        });
        events.connected(new Tab(other));
        try {
            for (int save = 1; save <= 2; save++) {
                content.replace("veranstaltung.md", "Ein Motto für Tests", "Ein Motto für Tests, Fassung " + save);
                assertTimeoutPreemptively(Duration.ofSeconds(60), holder::reload,
                        "a reload waits for the browser that stopped reading");
                versions.add(version());
            }

            assertThat(versions).as("every save is a version of its own").doesNotHaveDuplicates();
            // the preview's own watcher may reload too, which sends the same version again
            await().atMost(Duration.ofSeconds(30)).until(() -> other.contains(versions.get(2)));
            // a tab may miss a version that a newer one overtook before it was written: it needs the latest only; and
            // the watcher may have read a save half written, whose problems page is a version the test did not make
            assertThat(versions).as("the other tab, while one is stalled")
                    .containsSubsequence(other.stream().distinct().filter(versions::contains).toList());
            assertThat(stalled).containsExactly(versions.get(0));
        } finally {
            reading.countDown();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> stalled.contains(versions.get(2)));
        assertThat(stalled.get(stalled.size() - 1)).as("the stalled tab, reading again").isEqualTo(versions.get(2));
    }

    private String version() {
        return holder.status().lastAttempt().version();
    }

    /** An open page's stream that records the versions written to it. */
    private static class Tab extends SseEmitter {

        private final List<String> received;

        Tab(List<String> received) {
            this.received = received;
        }

        @Override
        public void send(SseEventBuilder event) throws IOException {
            String text = event.build().stream().map(part -> part.getData().toString()).collect(Collectors.joining());
            super.send(event);
            received.add(text.substring("event:stand\ndata:".length(), text.length() - 2));
        }
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
