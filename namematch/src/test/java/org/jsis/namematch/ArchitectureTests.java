package org.jsis.namematch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The library's rules: no Spring, no console output outside the CLI, no cycles between packages. */
class ArchitectureTests {

    private static JavaClasses library;
    private static JavaClasses libraryWithoutCli;

    @BeforeAll
    static void importClasses() {
        ClassFileImporter importer =
                new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS);
        library = importer.importPackages("org.jsis.namematch");
        libraryWithoutCli = library.that(com.tngtech.archunit.base.DescribedPredicate.not(
                com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("org.jsis.namematch.cli..")));
    }

    @Test
    void noSpring() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.springframework..")
                .check(library);
    }

    @Test
    void noStandardStreamsOutsideCli() {
        NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(libraryWithoutCli);
    }

    @Test
    void noGenericExceptions() {
        NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS.check(library);
    }

    @Test
    void subPackagesFreeOfCycles() {
        slices().matching("org.jsis.namematch.(*)..").should().beFreeOfCycles().check(library);
    }

    @Test
    void internalsDoNotUseTheCommandLine() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.jsis.namematch.cli..")
                .and()
                .doNotHaveSimpleName("NameScreening")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.jsis.namematch.cli..")
                .check(library);
    }
}
