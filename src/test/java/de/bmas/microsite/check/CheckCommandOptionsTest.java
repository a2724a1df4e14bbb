package de.bmas.microsite.check;

import de.bmas.microsite.content.source.ContentReport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static de.bmas.microsite.check.Problems.error;
import static de.bmas.microsite.check.Problems.report;
import static de.bmas.microsite.check.Problems.warning;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code check}'s own options and exit status, on a report made up for the test instead of a loaded content folder
 * (CheckCommandTest runs the real command once).
 */
class CheckCommandOptionsTest {

    private static final ContentReport WARNINGS_ONLY = report(
            warning("content/seiten/impressum.md", 9, 1, "Platzhalter im Text", "Ersetzen Sie ihn."),
            warning("content/seiten/impressum.md", 10, 1, "Platzhalter im Text", "Ersetzen Sie ihn."));
    private static final ContentReport WITH_ERROR = report(
            error("content/veranstaltung.md", 4, 7, "„25.02.2025“ ist kein gültiges Datum", null));

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<List<String>> loadedWith = new ArrayList<>();

    @Test
    void warningsPassUnlessStrict() {
        assertThat(check(WARNINGS_ONLY)).isZero();
        assertThat(lastLine(out)).isEqualTo("0 Fehler, 2 Warnungen");
    }

    @Test
    void strictFailsOnWarningsAndSaysWhyInGerman() {
        assertThat(check(WARNINGS_ONLY, "--strict")).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsSubsequence(
                "0 Fehler, 2 Warnungen", CheckCommand.STRICT_FAILURE);
        assertThat(lastLine(out)).isEqualTo(CheckCommand.STRICT_FAILURE);
    }

    @Test
    void strictPassesCleanContent() {
        assertThat(check(report(), "--strict")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("0 Fehler, 0 Warnungen\n");
    }

    @Test
    void errorsFailWithAndWithoutStrict() {
        assertThat(check(WITH_ERROR)).isEqualTo(1);
        assertThat(check(WITH_ERROR, "--strict", "--format=json")).isEqualTo(1);
    }

    @Test
    void aMachineFormatIsAloneOnStdoutEvenWhenSomethingPrintsWhileLoading() {
        int status = new CheckCommand(stream(out), stream(err)).execute(new String[]{"--format=gitlab", "--strict"},
                args -> {
                    System.out.println("12:00:00 WARN a library logging to the console");
                    return WARNINGS_ONLY;
                });

        assertThat(status).isEqualTo(1);
        assertThat(JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8)).size()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "12:00:00 WARN a library logging to the console", "0 Fehler, 2 Warnungen",
                CheckCommand.STRICT_FAILURE);
    }

    @Test
    void formatNamesAreCaseInsensitiveAndTheOtherArgumentsGoToSpring() {
        assertThat(check(WARNINGS_ONLY, "--microsite.content-dir=inhalt", "--format=GitHub", "--strict")).isEqualTo(1);

        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("::warning file=content/seiten/impressum.md,");
        assertThat(loadedWith).containsExactly(List.of("--microsite.content-dir=inhalt"));
    }

    @Test
    void anUnknownFormatIsA2WithTheAllowedOnesBeforeAnythingIsLoaded() {
        assertThat(check(WARNINGS_ONLY, "--format=xml")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("Unbekanntes Format „xml“ – Erlaubt sind: text, github, gitlab, json.\n");
        assertThat(out.size()).isZero();
        assertThat(loadedWith).isEmpty();

        assertThat(check(WARNINGS_ONLY, "--format")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Nach --format fehlt das Format");
    }

    /** A mistyped option of check's own would otherwise go to Spring as a setting nobody reads. */
    @Test
    void anOptionItDoesNotKnowIsA2BeforeAnythingIsLoaded() {
        for (String typo : new String[]{"--strickt", "--content-dir=kongress-2030", "-strict"}) {
            err.reset();
            assertThat(check(WARNINGS_ONLY, typo)).as(typo).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).as(typo).startsWith("Unbekannte Angabe „" + typo + "“")
                    .contains("check [ORDNER] [--strict] [--format=text|github|gitlab|json]");
        }
        assertThat(check(WARNINGS_ONLY, "--microsite.content-dir=a", "--microsite.content-dir=b")).isEqualTo(2);
        assertThat(out.size()).isZero();
        assertThat(loadedWith).isEmpty();
    }

    private int check(ContentReport report, String... args) {
        return new CheckCommand(stream(out), stream(err)).execute(args, springArgs -> {
            loadedWith.add(List.of(springArgs));
            return report;
        });
    }

    private static PrintStream stream(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private static String lastLine(ByteArrayOutputStream bytes) {
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        return lines.get(lines.size() - 1);
    }
}
