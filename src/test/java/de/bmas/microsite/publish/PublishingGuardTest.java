package de.bmas.microsite.publish;

import de.bmas.microsite.MicrositeApplication;
import de.bmas.microsite.site.SiteHolder;
import de.bmas.microsite.testing.InProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.ApplicationContextFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.context.support.GenericWebApplicationContext;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The publishing guard as operators meet it: the shipped demo content (its Impressum is honestly unknown) is
 * published with a prominent warning, refused with {@code --strict}, and finished content passes without a word.
 */
@ExtendWith(OutputCaptureExtension.class)
class PublishingGuardTest {

    private static final String BASE_URL = "--microsite.base-url=https://veranstaltung.example";
    private static final String FINISHED = "--microsite.content-dir=src/test/resources/content-other";

    @TempDir
    Path temp;

    @Test
    void exportWithStrictRefusesTheDemoContentsPlaceholdersAndWritesNothing() {
        Path out = temp.resolve("site");

        InProcess.Result export = InProcess.run("export", "--strict", "--out=" + out, BASE_URL);

        assertThat(export.status()).as(export.output()).isEqualTo(1);
        assertThat(export.stderr()).contains("VERÖFFENTLICHUNG ABGELEHNT (--strict): Der Inhalt enthält noch Platzhalter.",
                "PUBLISHING REFUSED (--strict): the content still contains placeholders.",
                "content/seiten/impressum.md: ", "check --strict");
        assertThat(out).doesNotExist();
    }

    @Test
    void exportWithoutStrictPublishesTheDemoUnderAWarning() {
        Path out = temp.resolve("site");

        InProcess.Result export = InProcess.run("export", "--out=" + out, BASE_URL);

        assertThat(export.status()).as(export.output()).isZero();
        assertThat(export.output()).contains("ACHTUNG: Der Inhalt enthält noch Platzhalter",
                "WARNING: the content still contains placeholders", "content/seiten/impressum.md: ");
        assertThat(out.resolve("impressum/index.html")).isRegularFile();
    }

    @Test
    void exportWithStrictPublishesFinishedContentWithoutAWord() {
        Path out = temp.resolve("site");

        InProcess.Result export = InProcess.run("export", "--strict", "--out=" + out, BASE_URL, FINISHED);

        assertThat(export.status()).as(export.output()).isZero();
        assertThat(export.output()).doesNotContain("Platzhalter", "placeholders");
        assertThat(out.resolve("index.html")).isRegularFile();
    }

    @Test
    void serverWithStrictRefusesToStartOnPlaceholders() {
        InProcess.Result start = InProcess.run("--strict", "--server.port=0");

        assertThat(start.status()).isEqualTo(1);
        assertThat(start.output()).contains("APPLICATION FAILED TO START",
                "VERÖFFENTLICHUNG ABGELEHNT (--strict)", "PUBLISHING REFUSED (--strict)",
                "content/seiten/impressum.md: ", "start without --strict").doesNotContain("\tat ");
    }

    @Test
    void serverWithoutStrictStartsOnTheDemoUnderAWarning(CapturedOutput output) {
        try (ConfigurableApplicationContext server = startWithoutListening()) {
            assertThat(server.getBean(SiteHolder.class).current().rendered().routes()).as("the site is live")
                    .isNotEmpty();
            assertThat(output).contains("ACHTUNG: Der Inhalt enthält noch Platzhalter",
                    "WARNING: the content still contains placeholders");
        }
    }

    @Test
    void serverWithStrictPropertyStartsOnFinishedContentWithoutAWord(CapturedOutput output) {
        try (ConfigurableApplicationContext server = startWithoutListening("--microsite.strict=true", FINISHED)) {
            assertThat(server.getBean(SiteHolder.class).current().rendered().routes()).as("the site is live")
                    .isNotEmpty();
            assertThat(output).doesNotContain("Platzhalter", "placeholders");
        }
    }

    /**
     * The production start (no preview), in a web application context without Tomcat, as the guard is the subject;
     * only warnings are logged.
     */
    private static ConfigurableApplicationContext startWithoutListening(String... args) {
        return new SpringApplicationBuilder(MicrositeApplication.class)
                .contextFactory(ApplicationContextFactory.of(() -> new GenericWebApplicationContext(
                        new MockServletContext())))
                .properties("logging.level.root=warn")
                .run(args);
    }
}
