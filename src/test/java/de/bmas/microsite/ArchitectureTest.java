package de.bmas.microsite;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layers import one way: features → site and web → content.source → content.model, and no cycles. */
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
}
