package de.bmas.microsite.web;

import de.bmas.microsite.site.SiteHolder;
import de.bmas.microsite.testing.Http;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stylesheet's URL names its content: cacheable for a year, and a changed stylesheet gets a new URL, while the
 * old one still answers for a page fetched just before the change.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class AssetCachingTest {

    private static final Path ASSETS = createAssetsDir();
    private static final Path CSS = ASSETS.resolve("css/10-site.css");

    @LocalServerPort
    int port;

    @Autowired
    SiteHolder holder;

    @DynamicPropertySource
    static void assets(DynamicPropertyRegistry registry) {
        registry.add("microsite.assets-dir", ASSETS::toString);
    }

    @AfterAll
    static void deleteAssets() throws IOException {
        FileSystemUtils.deleteRecursively(ASSETS);
    }

    @Test
    void stylesheetIsImmutableAndCompressed() throws Exception {
        String stylesheet = stylesheet();
        Http.Response identity = get(stylesheet, "identity");
        Http.Response gzipped = get(stylesheet, "gzip");

        assertThat(identity.text()).contains(Files.readString(CSS));
        assertThat(identity.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(gzipped.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzipped.headers().firstValue("Vary")).hasValue("Accept-Encoding");
        assertThat(CachingTest.gunzip(gzipped.body())).isEqualTo(identity.body());
    }

    @Test
    void changedStylesheetGetsANewUrlAndTheOldOneStaysForPagesFetchedBefore() throws Exception {
        String before = stylesheet();
        String beforeText = get(before, "identity").text();
        Files.writeString(CSS, Files.readString(CSS) + ".teaser { margin-block: 2rem; }\n");
        holder.reload();

        String after = stylesheet();
        assertThat(after).matches("/assets/site\\.[0-9a-f]{12}\\.css").isNotEqualTo(before);
        assertThat(get(after, "identity").text()).contains(".teaser");
        Http.Response old = get(before, "identity");
        assertThat(old.status()).isEqualTo(200);
        assertThat(old.text()).isEqualTo(beforeText).doesNotContain(".teaser");
        assertThat(old.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
    }

    private String stylesheet() {
        String home = get("/", "identity").text();
        return Jsoup.parse(home).selectFirst("link[rel=stylesheet]").attr("href");
    }

    private Http.Response get(String route, String encoding) {
        return Http.get(port, route, "Accept-Encoding", encoding);
    }

    /** A stylesheet of realistic size, so that compressing it pays. */
    private static Path createAssetsDir() {
        try {
            Path dir = Files.createTempDirectory("microsite-assets");
            Files.createDirectories(dir.resolve("css"));
            StringBuilder css = new StringBuilder(":root { --colour-text: #1a1a1a; --space: 1rem; }\n");
            for (String block : new String[]{"site-header", "main-nav", "breadcrumbs", "card", "site-footer"}) {
                css.append('.').append(block).append(" { display: flex; gap: var(--space); padding: var(--space); "
                        + "color: var(--colour-text); }\n").append('.').append(block)
                        .append("__link { text-decoration: underline; text-underline-offset: 0.2em; }\n");
            }
            Files.writeString(dir.resolve("css/10-site.css"), css);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
