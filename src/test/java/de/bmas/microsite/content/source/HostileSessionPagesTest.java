package de.bmas.microsite.content.source;

import de.bmas.microsite.MicrositeApplication;
import de.bmas.microsite.site.PreparedResponse;
import de.bmas.microsite.site.RenderedSite;
import de.bmas.microsite.site.SiteBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static de.bmas.microsite.content.source.ExecutableMarkup.executableIn;
import static de.bmas.microsite.content.source.HostileMarkdown.OWASP;
import static de.bmas.microsite.content.source.HostileMarkdown.SEED;
import static de.bmas.microsite.content.source.HostileMarkdown.randomText;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OWASP and random cases in the front matter and body of sessions and people, built into the whole site by the
 * real {@link SiteBuilder} (one Spring context for the class): every page, error pages included, stays inert, and
 * an image with an executable address is refused before anything is rendered.
 *
 * <p>The random cases name their seed when they fail; repeat a run with {@code -Dhostile.seed=N}.
 */
class HostileSessionPagesTest {

    @TempDir
    static Path folder;
    private static ConfigurableApplicationContext context;
    private static Path content;

    @AfterAll
    static void close() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void owaspCasesInFrontMatterAndBodyLeaveEveryPageInert() throws IOException {
        List<String> payloads = OWASP.stream().filter(payload -> !payload.contains("\u0000")).toList();
        // Markdown images must exist in the content folder; the content check refuses these before rendering
        List<String> bodies = payloads.stream().map(payload -> payload.startsWith("![") ? "Bericht." : payload)
                .toList();
        // links with a scheme other than the web's or without a leading slash, and images written as HTML, are
        // refused by the content check, so they never reach a page; one build reports them all
        List<String> accepted = new ArrayList<>(bodies);
        List<Problem> refused = buildWithSessions(payloads, accepted).report().errors();
        assertThat(refused).allSatisfy(problem ->
                assertThat(problem.message()).matches("Der Link .*|Bild als HTML.*"));
        Set<String> refusedFiles = refused.stream().map(Problem::path).collect(Collectors.toSet());
        for (int i = 0; i < accepted.size(); i++) {
            String file = "/hostile-" + i + ".md";
            if (refusedFiles.stream().anyMatch(path -> path.endsWith(file))) {
                accepted.set(i, "Bericht.");
            }
        }
        Map<String, String> pages = pages(buildWithSessions(payloads, accepted));

        pages.forEach((route, html) -> assertThat(executableIn(html, false)).as(route).isEmpty());
        for (int i = 0; i < payloads.size(); i++) {
            Document page = Jsoup.parse(pages.get("/sessions/hostile-" + i));
            assertThat(page.selectFirst("h1").text()).as("the title is shown as text")
                    .isEqualTo(Jsoup.parse("").text(payloads.get(i)).text());
        }
    }

    @Test
    void imagesWithExecutableAddressesAreRefusedBeforeAnythingIsRendered() throws IOException {
        SiteBuilder.Build build = buildWithSessions(List.of("x"), List.of("![x](javascript:alert(1))"));

        assertThat(build.site()).isEmpty();
        assertThat(build.report().toString()).contains("Das Bild „javascript:alert(1)“ gibt es nicht");
    }

    @Test
    void randomFrontMatterLeavesEveryPageInert() throws IOException {
        Random random = new Random(SEED);
        List<String> payloads = IntStream.range(0, 40).mapToObj(i -> ControlCharacters
                        .strip(randomText(random, 1 + random.nextInt(12))).strip())
                .map(text -> text.isEmpty() ? "x" : text).toList();

        pages(buildWithSessions(payloads, payloads.stream().map(payload -> "Bericht.").toList()))
                .forEach((route, html) ->
                assertThat(executableIn(html, false)).as("seed %d, %s", SEED, route).isEmpty());
    }

    /** Builds the real site with one extra session per payload, in every text field of its front matter. */
    private SiteBuilder.Build buildWithSessions(List<String> payloads, List<String> bodies)
            throws IOException {
        SiteBuilder builder = builder();
        YAMLMapper yaml = YAMLMapper.builder().build();
        for (int i = 0; i < payloads.size(); i++) {
            String payload = payloads.get(i);
            Map<String, Object> front = new LinkedHashMap<>();
            front.put("title", payload);
            front.put("format", payload);
            front.put("room", payload);
            front.put("people", List.of("hostile-" + i));
            front.put("quotes", List.of(Map.of("text", payload, "person", "hostile-" + i)));
            front.put("teaser", payload);
            String frontMatter = yaml.writeValueAsString(front).replaceFirst("^---\n", "");
            Files.writeString(content.resolve("sessions/hostile-" + i + ".md"),
                    "---\n" + frontMatter + "---\n" + bodies.get(i) + "\n");
            String person = yaml.writeValueAsString(Map.of("name", payload, "role", payload, "organisation", payload))
                    .replaceFirst("^---\n", "");
            Files.writeString(content.resolve("personen/hostile-" + i + ".md"), "---\n" + person + "---\n");
        }
        try {
            return builder.build();
        } finally {
            for (String kind : List.of("sessions", "personen")) {
                try (Stream<Path> files = Files.list(content.resolve(kind))) {
                    for (Path file : files.filter(file -> file.getFileName().toString().startsWith("hostile-"))
                            .toList()) {
                        Files.delete(file);
                    }
                }
            }
        }
    }

    /** Every HTML response of a successful build by route, the error pages included. */
    private static Map<String, String> pages(SiteBuilder.Build build) {
        assertThat(build.site()).as("seed %d:%n%s", SEED, build.report().toString()).isPresent();
        RenderedSite rendered = build.site().get().rendered();
        Map<String, String> pages = new LinkedHashMap<>();
        for (PreparedResponse resource : rendered.responses()) {
            if (resource.contentType().startsWith("text/html")) {
                pages.put(resource.route(), new String(resource.body(), StandardCharsets.UTF_8));
            }
        }
        for (int status : List.of(400, 404, 405, 500)) {
            pages.put("error " + status, new String(rendered.errorPage(status).body(), StandardCharsets.UTF_8));
        }
        return pages;
    }

    private static SiteBuilder builder() throws IOException {
        if (context == null) {
            content = folder.resolve("content");
            FileSystemUtils.copyRecursively(Path.of("content"), content);
            context = new SpringApplicationBuilder(MicrositeApplication.class).web(WebApplicationType.NONE)
                    .run("--microsite.content-dir=" + content, "--spring.main.banner-mode=off",
                            "--logging.level.root=warn");
        }
        return context.getBean(SiteBuilder.class);
    }
}
