package org.clvplugin.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The plugin's packages depend on each other one way (docs/architecture.md), and the mathematics depends on no
 * framework. Read from the compiled classes, so a new arrow that closes a cycle fails here.
 */
class PackageArrowsTest {

    private static JavaClasses classes;

    @BeforeAll
    static void read() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.clvplugin");
    }

    @Test
    void thePackagesHaveNoCycle() {
        slices().matching("org.clvplugin.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theMathematicsDependsOnNoFramework() {
        noClasses().that().resideInAPackage("org.clvplugin.model..").should().dependOnClassesThat()
                .resideInAnyPackage("jakarta..", "javax..", "org.hibernate..", "org.glassfish..", "org.quartz..",
                        "com.fasterxml..", "org.flywaydb..", "org.slf4j..", "java.sql..")
                .check(classes);
    }
}
