package de.bmas.microsite.topic;

import de.bmas.microsite.site.RenderedSite;
import de.bmas.microsite.testing.FixtureSite;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A list is as new as the newest file it shows, for the sitemap's {@code lastmod} and {@code Last-Modified}: the
 * topics' list shows each topic's session count, the sessions' list the topics' titles.
 */
class ListDatesTest extends FixtureSite {

    private static final Instant WRITTEN = Instant.parse("2025-03-01T10:00:00Z");

    @Test
    void aChangedTopicDatesBothLists() throws IOException {
        dateEveryFile(WRITTEN);
        Files.setLastModifiedTime(Path.of(content.path("themen/arbeit.md")), FileTime.from(WRITTEN.plusSeconds(3600)));

        assertThat(lastModified(build(), "/themen", "/sessions")).containsOnly("Sat, 01 Mar 2025 11:00:00 GMT");
    }

    @Test
    void aChangedSessionDatesBothLists() throws IOException {
        dateEveryFile(WRITTEN);
        Files.setLastModifiedTime(Path.of(content.path("sessions/erste-session.md")),
                FileTime.from(WRITTEN.plusSeconds(7200)));

        assertThat(lastModified(build(), "/themen", "/sessions")).containsOnly("Sat, 01 Mar 2025 12:00:00 GMT");
    }

    private void dateEveryFile(Instant time) throws IOException {
        try (Stream<Path> files = Files.walk(content.dir())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, FileTime.from(time));
            }
        }
    }

    private static List<String> lastModified(RenderedSite site, String... routes) {
        return Stream.of(routes).map(route -> site.get(route).orElseThrow().lastModifiedHeader()).toList();
    }
}
