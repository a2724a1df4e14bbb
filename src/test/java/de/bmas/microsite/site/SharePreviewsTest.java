package de.bmas.microsite.site;

import de.bmas.microsite.testing.ShippedSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A link shared in a messenger shows the page's own picture, at an absolute address under the site's public one
 * (the tests' {@code http://localhost:8080}); browsers find their icons where they look.
 */
class SharePreviewsTest extends ShippedSite {

    @Test
    void everyPageNamesItsShareImageWithSizeAndText() {
        Document page = page("/sessions/keynote-steffi-jones");

        assertThat(meta(page, "og:image")).isEqualTo("http://localhost:8080/teilen/sessions/keynote-steffi-jones.png");
        assertThat(meta(page, "og:image:width")).isEqualTo("1200");
        assertThat(meta(page, "og:image:height")).isEqualTo("630");
        assertThat(meta(page, "og:image:alt")).contains("Keynote von Steffi Jones", "Fachkräftekongress 2025");
        assertThat(page.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        assertThat(meta(page("/"), "og:image")).isEqualTo("http://localhost:8080/teilen/index.png");
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

    private static String meta(Document page, String property) {
        return page.selectFirst("meta[property=" + property + "]").attr("content");
    }
}
