package de.bmas.microsite.site;

import de.bmas.microsite.testing.ContentFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Production with {@code microsite.reload=true}: the server watches its content folder, a symbolic link to a
 * release folder as a deployment sets it up, and swaps in each valid change without drafts or banners; content with
 * errors never goes live, its problems go to the log as one German block and to {@code /actuator/content}, and the
 * next valid change is taken; switching the link to a new release is a change like any other. The steps build on
 * each other, as a series of deployments does.
 */
@SpringBootTest(properties = "microsite.reload=true")
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProductionReloadTest {

    private static final Path ROOT = ContentFixture.newBuildDir();
    private static final Path LINK = ROOT.resolve("content");
    private static final ContentFixture FIRST = ContentFixture.copyInto(ROOT.resolve("releases/1"));
    private static final String SESSION = "sessions/erste-session.md";
    private static final Duration WITHIN = Duration.ofSeconds(20);

    @DynamicPropertySource
    static void linkedContent(DynamicPropertyRegistry registry) throws IOException {
        FIRST.write("sessions/entwurf.md", "---\ntitle: Geheimer Entwurf\nformat: Panel\nteaser: Geheim.\n"
                + "draft: true\n---\nGeheimer Text.\n");
        FIRST.write("seiten/impressum.md", FIRST.read("seiten/impressum.md") + "\nTODO: Anschrift ergänzen.\n");
        Files.createSymbolicLink(LINK, FIRST.dir());
        registry.add("microsite.content-dir", LINK::toString);
    }

    @Autowired
    MockMvc mvc;

    @Test
    @Order(0)
    void warmUpBuildsAfterTheStartChangeNothingThatIsServed(@Autowired SiteHolder holder) throws Exception {
        Site live = holder.current();
        JsonNode status = status();

        assertThat(holder.warmUp()).as("a small site is warmed up").isTrue();

        assertThat(holder.current()).isSameAs(live);
        assertThat(status()).isEqualTo(status);
    }

    @Test
    @Order(1)
    void aValidChangeGoesLiveWithoutDraftsOrBanners() throws Exception {
        JsonNode before = status();
        FIRST.replace(SESSION, "title: Erste Session", "title: Erste Session, ergänzt");

        await().atMost(WITHIN).until(() -> title("/sessions/erste-session").startsWith("Erste Session, ergänzt"));

        String page = text("/sessions/erste-session");
        assertThat(page).doesNotContain("Vorschau").doesNotContain("Geheim").doesNotContain("<script src")
                .doesNotContain("Warnung");
        assertThat(mvc.perform(get("/sessions/entwurf")).andReturn().getResponse().getStatus()).isEqualTo(404);
        JsonNode after = status();
        assertThat(after.get("version").asString()).hasSize(16).isNotEqualTo(before.get("version").asString());
        assertThat(Instant.parse(after.get("loadedAt").asString())).isAfter(Instant.parse(before.get("loadedAt")
                .asString()));
        assertThat(after.get("warnings").asInt()).isEqualTo(1);
        assertThat(after.get("lastAttempt").get("failed").asBoolean()).isFalse();
    }

    @Test
    @Order(2)
    void contentWithErrorsNeverGoesLiveAndItsProblemsAreReported(CapturedOutput output) throws Exception {
        String live = status().get("version").asString();
        FIRST.replace(SESSION, "title: Erste Session, ergänzt", "titel: Kaputt");

        await().atMost(WITHIN).until(() -> status().get("lastAttempt").get("failed").asBoolean());

        assertThat(title("/sessions/erste-session")).startsWith("Erste Session, ergänzt");
        JsonNode status = status();
        assertThat(status.get("version").asString()).as("still live").isEqualTo(live);
        assertThat(status.get("lastAttempt").get("version").asString()).isNotEqualTo(live);
        assertThat(status.get("lastAttempt").get("errors").asInt()).isEqualTo(1);
        assertThat(status.get("lastAttempt").get("warnings").asInt()).isEqualTo(1);
        assertThat(status.toString()).as("no path, no content").doesNotContain("/").doesNotContain(".md")
                .doesNotContain("titel");
        assertThat(output.getOut()).contains("does not go live; version " + live + " stays:\n");
        assertThat(output.getOut()).containsPattern("erste-session\\.md:2:1: Fehler: Unbekanntes Feld „titel“ – "
                + "Meinten Sie „title“\\?.*\n.*impressum\\.md:\\d+:1: Warnung: Offener Punkt „TODO“.*\n"
                + "1 Fehler, 1 Warnung\n");
    }

    @Test
    @Order(3)
    void theNextValidChangeIsTaken() throws Exception {
        FIRST.replace(SESSION, "titel: Kaputt", "title: Erste Session, repariert");

        await().atMost(WITHIN).until(() -> title("/sessions/erste-session").startsWith("Erste Session, repariert"));
        assertThat(status().get("lastAttempt").get("failed").asBoolean()).isFalse();
    }

    @Test
    @Order(4)
    void aLinkSwitchedToANewReleaseIsFollowed() throws Exception {
        ContentFixture second = ContentFixture.copyInto(ROOT.resolve("releases/2"));
        second.replace(SESSION, "title: Erste Session", "title: Erste Session aus Release 2");

        switchLink(second.dir());

        await().atMost(WITHIN).until(() -> title("/sessions/erste-session").startsWith("Erste Session aus Release 2"));
        assertThat(mvc.perform(get("/sessions/entwurf")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(status().get("warnings").asInt()).as("release 2 has no TODO").isZero();
    }

    /** As a deployment does it: a new link beside the old one, renamed over it in one step. */
    private static void switchLink(Path release) {
        try {
            Path next = Files.createSymbolicLink(ROOT.resolve("content.next"), release);
            Files.move(next, LINK, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode status() throws Exception {
        MvcResult result = mvc.perform(get("/actuator/content")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private String title(String route) throws Exception {
        Document page = Jsoup.parse(text(route));
        return page.title();
    }

    private String text(String route) throws Exception {
        MvcResult result = mvc.perform(get(route)).andReturn();
        assertThat(result.getResponse().getStatus()).as(route).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
