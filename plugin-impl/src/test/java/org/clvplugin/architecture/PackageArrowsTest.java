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

    /**
     * Each package and the plugin packages it may use (docs/architecture.md, "Packages and their arrows"); any other
     * arrow between the plugin's packages fails.
     */
    private static final java.util.Map<String, java.util.Set<String>> ALLOWED = java.util.Map.ofEntries(
            java.util.Map.entry("api", java.util.Set.of()),
            java.util.Map.entry("api.host", java.util.Set.of("api")),
            java.util.Map.entry("model", java.util.Set.of("api")),
            java.util.Map.entry("model.io", java.util.Set.of("api", "model")),
            java.util.Map.entry("tiers", java.util.Set.of("api", "model")),
            java.util.Map.entry("report", java.util.Set.of("api")),
            java.util.Map.entry("store", java.util.Set.of("api", "report", "tiers")),
            java.util.Map.entry("host.ofbiz", java.util.Set.of("api", "api.host")),
            java.util.Map.entry("rules", java.util.Set.of("api", "api.host", "model", "report", "store", "tiers")),
            java.util.Map.entry("scoring", java.util.Set.of("api", "api.host", "model", "report", "rules", "store",
                    "tiers")),
            java.util.Map.entry("schedule", java.util.Set.of("api", "store")),
            java.util.Map.entry("values", java.util.Set.of("api", "api.host", "model", "report", "store", "tiers")),
            java.util.Map.entry("settings", java.util.Set.of("api", "api.host", "rules", "schedule", "scoring",
                    "store", "tiers")),
            java.util.Map.entry("tokens", java.util.Set.of("api", "api.host", "store")),
            java.util.Map.entry("rest", java.util.Set.of("api", "api.host", "model", "report", "rules", "schedule",
                    "settings", "store", "tiers", "tokens", "values")),
            java.util.Map.entry("runtime", java.util.Set.of("api", "api.host", "rest", "rules",
                    "schedule", "scoring", "settings", "store", "tiers", "tokens", "values")),
            java.util.Map.entry("host.ofbiz.component", java.util.Set.of("api", "api.host", "host.ofbiz", "rest",
                    "rules", "runtime", "schedule", "store")));

    @Test
    void eachPackageUsesOnlyThePackagesItIsAllowed() {
        for (var entry : ALLOWED.entrySet()) {
            String[] forbidden = ALLOWED.keySet().stream()
                    .filter(other -> !other.equals(entry.getKey()) && !entry.getValue().contains(other))
                    .map(other -> "org.clvplugin." + other).toArray(String[]::new);
            noClasses().that().resideInAPackage("org.clvplugin." + entry.getKey()).should().dependOnClassesThat()
                    .resideInAnyPackage(forbidden).because("docs/architecture.md lists what "
                            + entry.getKey() + " may use").allowEmptyShould(true).check(classes);
        }
        java.util.Set<String> packages = new java.util.TreeSet<>();
        classes.forEach(c -> packages.add(c.getPackageName().replaceFirst("^org\\.clvplugin\\.", "")));
        packages.removeAll(ALLOWED.keySet());
        packages.removeIf(p -> !p.matches("[a-z.]+") || p.equals("org.clvplugin"));
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Set.of(), packages,
                "every package of the plugin has its arrows listed");
    }

    @Test
    void theMathematicsDependsOnNoFramework() {
        noClasses().that().resideInAPackage("org.clvplugin.model..").should().dependOnClassesThat()
                .resideInAnyPackage("jakarta..", "javax..", "org.hibernate..", "org.glassfish..", "org.quartz..",
                        "com.fasterxml..", "org.flywaydb..", "org.slf4j..", "java.sql..")
                .check(classes);
    }
}
