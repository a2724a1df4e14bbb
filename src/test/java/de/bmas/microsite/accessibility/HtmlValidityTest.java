package de.bmas.microsite.accessibility;

import de.bmas.microsite.site.SiteHolder;
import de.bmas.microsite.testing.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page as served, checked by the current Nu Html Checker (the W3C validator): no errors at all. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HtmlValidityTest {

    /** Installed into the project by {@code npm install --no-save vnu-jar@26.9.27}. */
    static final Path VNU = Path.of("node_modules/vnu-jar/build/dist/vnu.jar");

    @LocalServerPort
    private int port;

    @Autowired
    private SiteHolder holder;

    @Test
    void everyPageIsValidHtml(@TempDir Path folder) throws Exception {
        Prerequisite.require(VNU, "The Nu Html Checker (vnu.jar)", "npm install --no-save vnu-jar@26.9.27");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", VNU.toString(), "--errors-only", "--format", "gnu", "--stdout"));
        for (String route : SitePages.routes(holder)) {
            String html = Http.get(port, route).text();
            // the file name says which page a message is about
            Path file = folder.resolve((route.equals("/") ? "home" : route.substring(1).replaceAll("[^A-Za-z0-9-]", "_")) + ".html");
            Files.writeString(file, html, StandardCharsets.UTF_8);
            command.add(file.toString());
        }
        assertThat(command).hasSizeGreaterThan(10);

        Process checker = new ProcessBuilder(command).redirectErrorStream(true).start();
        String report = new String(checker.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(checker.waitFor(5, TimeUnit.MINUTES)).as("checker finished").isTrue();
        assertThat(report).as("Nu Html Checker errors").isEmpty();
        assertThat(checker.exitValue()).isZero();
    }
}
