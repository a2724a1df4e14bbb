package de.bmas.microsite;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layers import one way (the model nothing of its sources or above, content nothing of the site, site and web
 * no feature) and no package cycles; and every source file, tests included, stays short enough to read in one
 * sitting.
 */
class ArchitectureTest {

    private static final String OWN = "de.bmas.microsite.";
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("de.bmas.microsite");

    @Test
    void theModelImportsNothingFromItsSourcesOrAbove() {
        noClasses().that().resideInAPackage(OWN + "content.model..")
                .should().dependOnClassesThat().resideInAnyPackage(OWN + "content.source..", OWN + "site..",
                        OWN + "web..")
                .check(MAIN);
    }

    @Test
    void contentKnowsNothingOfTheSite() {
        noClasses().that().resideInAPackage(OWN + "content..")
                .should().dependOnClassesThat().resideInAnyPackage(OWN + "site..", OWN + "web..", OWN + "export..",
                        OWN + "check..")
                .check(MAIN);
    }

    @Test
    void siteAndWebKnowNoFeature() {
        noClasses().that().resideInAnyPackage(OWN + "site..", OWN + "web..")
                .should().dependOnClassesThat().resideInAnyPackage(Stream.of("event", "programme", "session", "topic",
                        "stand", "page", "person", "search", "outputs", "export", "init", "publish")
                        .map(feature -> OWN + feature + "..").toArray(String[]::new))
                .check(MAIN);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("de.bmas.microsite.(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void noSourceFileIsLongerThan250Lines() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src"))) {
            assertThat(files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> lines(file) > 250).map(Path::toString))
                    .as("Java files over 250 lines").isEmpty();
        }
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
