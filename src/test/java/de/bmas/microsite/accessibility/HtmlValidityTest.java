package de.bmas.microsite.accessibility;

import de.bmas.microsite.site.SiteHolder;
import de.bmas.microsite.testing.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page as served, checked by the current Nu Html Checker (the W3C validator): no errors at all. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HtmlValidityTest {

    @LocalServerPort
    private int port;

    @Autowired
    private SiteHolder holder;

    @Test
    void everyPageIsValidHtml(@TempDir Path folder) throws Exception {
        NuHtmlChecker.require();
        List<String> routes = SitePages.routes(holder);
        for (String route : routes) {
            String html = Http.get(port, route).text();
            // the file name says which page a message is about
            Path file = folder.resolve((route.equals("/") ? "home" : route.substring(1).replaceAll("[^A-Za-z0-9-]", "_")) + ".html");
            Files.writeString(file, html, StandardCharsets.UTF_8);
        }
        assertThat(routes).hasSizeGreaterThan(10);

        assertThat(NuHtmlChecker.errors(folder)).as("Nu Html Checker errors").isEmpty();
    }
}
