package de.bmas.microsite.site;

import de.bmas.microsite.testing.ContentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server started with {@code --strict} keeps refusing placeholders after the start: a reload that brings one in
 * leaves the live site as it is, and the next finished change goes live.
 */
@SpringBootTest(properties = {"microsite.strict=true", "microsite.base-url=https://kongress.example"})
@ExtendWith(OutputCaptureExtension.class)
class StrictReloadTest {

    private static final Path DIR = ContentFixture.newBuildDir();
    private static final ContentFixture CONTENT = ContentFixture.copyInto(DIR);
    private static final String SESSION = "sessions/erste-session.md";

    @DynamicPropertySource
    static void content(DynamicPropertyRegistry registry) {
        registry.add("microsite.content-dir", DIR::toString);
    }

    @Autowired
    SiteHolder holder;

    @Test
    void placeholdersBroughtInByAReloadNeverGoLive(CapturedOutput output) {
        String live = holder.status().version();
        CONTENT.replace(SESSION, "title: Erste Session", "title: Erste Session TODO");
        holder.reload();

        assertThat(holder.status().version()).as("still live").isEqualTo(live);
        assertThat(holder.status().lastAttempt().failed()).isTrue();
        assertThat(page("/sessions/erste-session")).doesNotContain("TODO");
        assertThat(output.getOut()).contains("is refused and does not go live", "PUBLISHING REFUSED (--strict)");

        CONTENT.replace(SESSION, "title: Erste Session TODO", "title: Erste Session, fertig");
        holder.reload();

        assertThat(holder.status().version()).isNotEqualTo(live);
        assertThat(page("/sessions/erste-session")).contains("Erste Session, fertig");
    }

    private String page(String route) {
        return new String(holder.current().rendered().get(route).orElseThrow().body(), StandardCharsets.UTF_8);
    }
}
