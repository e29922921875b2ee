package io.supportdesk.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.supportdesk.domain.archfixture.MisplacedFrameworkDependency;
import org.junit.jupiter.api.Test;

class DomainArchitectureTest {

    private static final ArchRule DOMAIN_DEPENDS_ON_THE_JDK_ONLY = classes()
            .that().resideInAPackage("io.supportdesk.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.supportdesk.domain..")
            .because("the domain is pure Java: no framework, no library");

    @Test
    void domain_depends_on_the_jdk_only() {
        JavaClasses domain = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.supportdesk.domain");

        DOMAIN_DEPENDS_ON_THE_JDK_ONLY.check(domain);
    }

    @Test
    void dependency_rule_catches_a_misplaced_class() {
        JavaClasses misplaced = new ClassFileImporter().importClasses(MisplacedFrameworkDependency.class);

        assertThrows(AssertionError.class, () -> DOMAIN_DEPENDS_ON_THE_JDK_ONLY.check(misplaced));
    }
}
