package de.bmas.microsite.init;

import de.bmas.microsite.testing.InProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code init} as the next congress starts: one command, a folder that checks without errors, nothing overwritten. */
class InitCommandTest {

    private static final List<String> LEGAL_PAGES = List.of("seiten/impressum.md", "seiten/datenschutz.md",
            "seiten/barrierefreiheit.md", "seiten/leichte-sprache.md");

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void createsAnEventWhoseOnlyWarningsAreItsPlaceholders() throws IOException {
        Path event = temp.resolve("kongress-2030");

        assertThat(init(event.toString())).isZero();

        assertThat(files(event)).containsExactlyInAnyOrder("veranstaltung.md", "programm.md",
                "sessions/beispiel-session.md", "themen/beispiel-thema.md", "personen/erika-mustermann.md",
                "seiten/impressum.md",
                "seiten/datenschutz.md", "seiten/barrierefreiheit.md", "seiten/leichte-sprache.md", "bilder/.gitkeep",
                "README.md", ".github/workflows/website.yml", ".gitlab-ci.yml", ".microsite/publish-server.sh",
                ".microsite/publish-object-store.sh", ".microsite/nginx-export.conf");
        assertThat(event.resolve("README.md")).hasSameBinaryContentAs(Path.of("src/site/markdown/redaktion.md"));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Neue Veranstaltung angelegt in „" + event + "“",
                "check --strict " + event);

        InProcess.Result check = InProcess.run("check", "--format=json", "--microsite.content-dir=" + event);

        assertThat(check.status()).as(check.stderr()).isZero();
        JsonNode report = JsonMapper.builder().build().readTree(check.stdout());
        assertThat(report.get("errors").asInt()).isZero();
        List<JsonNode> problems = report.get("problems").valueStream().toList();
        // nothing but placeholders to replace: no unknown file (README.md, the pipelines), no other warning
        assertThat(problems).extracting(problem -> problem.get("message").asString()).containsOnly(
                "Die Seite ist als Platzhalter markiert", "Platzhalter im Text", "Platzhalter-Adresse „example.org“");
        for (String page : LEGAL_PAGES) {
            assertThat(problems).as(page).anySatisfy(problem -> {
                assertThat(problem.get("path").asString()).endsWith(page);
                assertThat(problem.get("message").asString()).isEqualTo("Die Seite ist als Platzhalter markiert");
            });
            assertThat(problems).as(page).anySatisfy(problem -> {
                assertThat(problem.get("path").asString()).endsWith(page);
                assertThat(problem.get("message").asString()).isEqualTo("Platzhalter-Adresse „example.org“");
            });
        }
    }

    @Test
    void usesAnEmptyFolderThatExists() throws IOException {
        Path event = Files.createDirectory(temp.resolve("leer"));

        assertThat(init(event.toString())).isZero();

        assertThat(event.resolve("veranstaltung.md")).isRegularFile();
    }

    @Test
    void refusesAFolderThatIsNotEmptyAndChangesNothing() throws IOException {
        Path event = Files.createDirectory(temp.resolve("alt"));
        Files.writeString(event.resolve("notizen.txt"), "Meine Notizen");

        assertThat(init(event.toString())).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("„" + event + "“ gibt es schon",
                "damit nichts überschrieben wird");
        assertThat(files(event)).containsExactly("notizen.txt");
        assertThat(event.resolve("notizen.txt")).hasContent("Meine Notizen");
    }

    @Test
    void needsExactlyOneFolder() {
        assertThat(init()).isEqualTo(2);
        assertThat(init("a", "b")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("java -jar microsite.jar init ORDNER");
    }

    private int init(String... args) {
        return new InitCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(file -> dir.relativize(file).toString()).toList();
        }
    }
}
