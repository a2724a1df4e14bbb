package de.bmas.microsite.accessibility;

import de.bmas.microsite.testing.Prerequisite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The current Nu Html Checker (the W3C validator), run once over a folder of HTML files. */
public final class NuHtmlChecker {

    /** Installed into the project by {@code npm install --no-save vnu-jar@26.9.27}. */
    static final Path VNU = Path.of("node_modules/vnu-jar/build/dist/vnu.jar");

    private NuHtmlChecker() {
    }

    /** Skips the calling test where the checker is missing, and fails it there in CI. */
    public static void require() {
        Prerequisite.require(VNU, "The Nu Html Checker (vnu.jar)", "npm install --no-save vnu-jar@26.9.27");
    }

    /** The errors in every {@code .html} file below {@code folder}, one per line ({@code FILE:LINE.COL-…: error: …}). */
    public static String errors(Path folder) throws IOException, InterruptedException {
        // the client compiler alone halves the checker's CPU time on hundreds of small files; it needs a larger stack
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xss16m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", VNU.toString(), "--errors-only",
                "--skip-non-html", "--format", "gnu", "--stdout", folder.toString());
        Process checker = new ProcessBuilder(command).redirectErrorStream(true).start();
        String report = new String(checker.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(checker.waitFor(5, TimeUnit.MINUTES)).as("checker finished").isTrue();
        assertThat(checker.exitValue()).as(report).isIn(0, 1);
        return report;
    }
}
