package de.bmas.microsite;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layers import one way: features → site and web → content.source → content.model, and no cycles. */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("de.bmas.microsite");

    @Test
    void theModelImportsNothingFromItsSourcesOrAbove() {
        noClasses().that().resideInAPackage("..content.model..")
                .should().dependOnClassesThat().resideInAnyPackage("..content.source..", "..site..", "..web..")
                .check(MAIN);
    }

    @Test
    void contentKnowsNothingOfTheSite() {
        noClasses().that().resideInAPackage("..content..")
                .should().dependOnClassesThat().resideInAnyPackage("..site..", "..web..", "..export..", "..check..")
                .check(MAIN);
    }

    @Test
    void siteAndWebKnowNoFeature() {
        noClasses().that().resideInAnyPackage("..site..", "..web..")
                .should().dependOnClassesThat().resideInAnyPackage("..event..", "..programme..", "..session..",
                        "..topic..", "..stand..", "..page..", "..outputs..", "..export..", "..check..")
                .check(MAIN);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("de.bmas.microsite.(**)").should().beFreeOfCycles().check(MAIN);
    }
}
