package org.clvplugin.standalone;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The standalone module's packages by role, and their arrows (docs/architecture.md, "Packages and their arrows"). */
class StandalonePackagesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void read() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.clvplugin.standalone");
    }

    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "security", Set.of(),
            "host", Set.of("security"),
            "web", Set.of("security"),
            "cli", Set.of("host", "security", "web"),
            "bench", Set.of("cli", "host", "security"));

    @Test
    void thePackagesHaveNoCycle() {
        slices().matching("org.clvplugin.standalone.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void eachPackageUsesOnlyThePackagesItIsAllowed() {
        for (var entry : ALLOWED.entrySet()) {
            String[] forbidden = ALLOWED.keySet().stream()
                    .filter(other -> !other.equals(entry.getKey()) && !entry.getValue().contains(other))
                    .map(other -> "org.clvplugin.standalone." + other).toArray(String[]::new);
            noClasses().that().resideInAPackage("org.clvplugin.standalone." + entry.getKey()).should()
                    .dependOnClassesThat().resideInAnyPackage(forbidden).because("docs/architecture.md lists what "
                            + entry.getKey() + " may use").check(classes);
        }
        noClasses().that().resideInAnyPackage(ALLOWED.keySet().stream().map(p -> "org.clvplugin.standalone." + p
                + "..").toArray(String[]::new)).should().dependOnClassesThat()
                .resideInAPackage("org.clvplugin.standalone").because("only the entry point lives at the root")
                .check(classes);
    }
}
