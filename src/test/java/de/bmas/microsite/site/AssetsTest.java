package de.bmas.microsite.site;

import de.bmas.microsite.MicrositeProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The base URL goes into the stylesheet as a CSS string, which nothing in it may end early. Assets are published
 * under {@code /assets/}: a link among them must not publish a file from elsewhere, neither from the assets folder
 * of the preview nor through the jar, into which Maven copies what a link points to.
 */
class AssetsTest {

    @Test
    void aBaseUrlBecomesACssStringAsItIs() {
        assertThat(Assets.cssString("https://kongress.example.org")).isEqualTo("\"https://kongress.example.org\"");
    }

    @Test
    void quotesBackslashesAndLineEndsAreEscaped() {
        assertThat(Assets.cssString("https://x.example/\"a\\b\nc")).isEqualTo("\"https://x.example/\\\"a\\\\b\\a c\"");
    }

    @Test
    void aLinkOutOfTheAssetsFolderFailsTheBuild(@TempDir Path temp) throws IOException {
        Path assets = Files.createDirectories(temp.resolve("static/css"));
        Files.writeString(assets.resolve("site.css"), "body { color: black; }\n");
        Path secret = Files.writeString(Files.createDirectories(temp.resolve("anderswo")).resolve("geheim.txt"),
                "GEHEIM-4711");
        Files.createSymbolicLink(temp.resolve("static/geheim.txt"), secret);

        assertThatThrownBy(() -> assets(temp.resolve("static")).load()).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("The asset geheim.txt links to a file outside " + temp.resolve("static"));
    }

    @Test
    void aLinkWithinTheAssetsFolderIsRead(@TempDir Path temp) throws IOException {
        Path assets = Files.createDirectories(temp.resolve("static/css"));
        Files.writeString(assets.resolve("site.css"), "body { color: black; }\n");
        Files.createSymbolicLink(temp.resolve("static/kopie.css"), Path.of("css/site.css"));

        Assets.Bundle bundle = assets(temp.resolve("static")).load();

        assertThat(bundle.urls()).containsKey("kopie.css");
        assertThat(new String(bundle.responses().stream().filter(response -> response.route()
                .equals(bundle.urls().get("kopie.css"))).findFirst().orElseThrow().body(), StandardCharsets.UTF_8))
                .isEqualTo("body { color: black; }\n");
    }

    /** Maven copies the target of a link into the jar: a pull request must not be able to add one. */
    @Test
    void theShippedResourcesHoldNoLinks() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            assertThat(files.filter(Files::isSymbolicLink).toList()).isEmpty();
        }
    }

    private static Assets assets(Path folder) {
        return new Assets(new MicrositeProperties(Path.of("content"), false, false, "", folder, false, true, true));
    }
}
