package de.bmas.microsite.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** A link shared in a messenger shows the page's own picture; browsers find their icons where they look. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "microsite.base-url=https://kongress.example")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharePreviewsTest {

    @Autowired
    private SiteBuilder builder;

    private RenderedSite site;

    @BeforeAll
    void build() {
        site = builder.build().site().orElseThrow().rendered();
    }

    @Test
    void everyPageNamesItsShareImageWithSizeAndText() {
        Document page = page("/sessions/keynote-steffi-jones");

        assertThat(meta(page, "og:image")).isEqualTo("https://kongress.example/teilen/sessions/keynote-steffi-jones.png");
        assertThat(meta(page, "og:image:width")).isEqualTo("1200");
        assertThat(meta(page, "og:image:height")).isEqualTo("630");
        assertThat(meta(page, "og:image:alt")).contains("Keynote von Steffi Jones", "Fachkräftekongress 2025");
        assertThat(page.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        assertThat(meta(page("/"), "og:image")).isEqualTo("https://kongress.example/teilen/index.png");
    }

    @Test
    void theShareImageIsALargePng() throws IOException {
        PreparedResponse image = site.get("/teilen/sessions/keynote-steffi-jones.png").orElseThrow();

        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image.body()));
        assertThat(image.contentType()).isEqualTo("image/png");
        assertThat(decoded.getWidth()).isEqualTo(1200);
        assertThat(decoded.getHeight()).isEqualTo(630);
        assertThat(site.routes()).contains("/teilen/programm.png", "/teilen/my-turn.png");
    }

    @Test
    void iconsAreWhereBrowsersAskForThem() {
        assertThat(site.get("/favicon.ico").orElseThrow().contentType()).isEqualTo("image/x-icon");
        assertThat(site.get("/apple-touch-icon.png").orElseThrow().contentType()).isEqualTo("image/png");
        assertThat(site.get("/apple-touch-icon-precomposed.png")).isPresent();
        assertThat(page("/").select("link[rel=apple-touch-icon]").attr("href")).isEqualTo("/apple-touch-icon.png");
    }

    private Document page(String route) {
        return Jsoup.parse(new String(site.get(route).orElseThrow().body(), StandardCharsets.UTF_8));
    }

    private static String meta(Document page, String property) {
        return page.selectFirst("meta[property=" + property + "]").attr("content");
    }
}
