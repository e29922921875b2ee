package io.supportdesk.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Feeds deliberately misplaced fixture classes (test sources only, never imported by {@link ArchitectureTest}) to
 * the rules and expects each rule to report them, so a rule that can no longer fail is noticed.
 */
class ArchitectureRulesBiteTest {

    private static JavaClasses fixtures(String... packages) {
        return new ClassFileImporter().importPackages(packages);
    }

    private static void assertViolated(ArchRule rule, JavaClasses classes) {
        assertTrue(rule.evaluate(classes).hasViolation(), () -> "expected a violation of: " + rule.getDescription());
    }

    @Test
    void a_micronaut_import_in_the_domain_is_reported() {
        assertViolated(ArchitectureRules.DOMAIN_DEPENDS_ON_THE_JDK_ONLY,
                fixtures("io.supportdesk.domain.archfixture"));
    }

    @Test
    void a_library_import_in_the_application_is_reported() {
        assertViolated(ArchitectureRules.APPLICATION_DEPENDS_ON_DOMAIN_AND_JDK_ONLY,
                fixtures("io.supportdesk.application.archfixture"));
    }

    @Test
    void an_adapter_importing_another_adapter_is_reported() {
        assertViolated(ArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER,
                fixtures("io.supportdesk.adapter.rest.archfixture", "io.supportdesk.adapter.persistence.embedded"));
    }

    @Test
    void an_adapter_reaching_into_bootstrap_is_reported() {
        assertViolated(ArchitectureRules.NOTHING_DEPENDS_ON_BOOTSTRAP,
                fixtures("io.supportdesk.adapter.mail.archfixture"));
    }

    @Test
    void a_package_cycle_is_reported() {
        assertViolated(ArchitectureRules.DOMAIN_CAPABILITIES_ARE_FREE_OF_CYCLES,
                fixtures("io.supportdesk.domain.cyclefixturea", "io.supportdesk.domain.cyclefixtureb"));
    }

    @Test
    void reading_the_wall_clock_in_the_core_is_reported() {
        assertViolated(ArchitectureRules.CORE_TAKES_TIME_FROM_A_CLOCK,
                fixtures("io.supportdesk.domain.archfixture"));
    }

    @Test
    void misnamed_ports_and_implementations_are_reported() {
        JavaClasses classes = fixtures("io.supportdesk.application.archfixture");
        assertViolated(ArchitectureRules.USE_CASES_ARE_NAMED_FOR_THEIR_INTENT, classes);
        assertViolated(ArchitectureRules.NO_IMPL_SUFFIX, classes);
    }

    @Test
    void a_socket_outside_the_websocket_adapter_is_reported() {
        assertViolated(ArchitectureRules.SOCKETS_LIVE_IN_THE_WEBSOCKET_ADAPTER,
                fixtures("io.supportdesk.adapter.rest.archfixture"));
    }

    @Test
    void a_rule_that_matches_nothing_fails_instead_of_passing() {
        JavaClasses nothingRelevant = new ClassFileImporter().importClasses(String.class);
        assertThrows(AssertionError.class, () -> ArchitectureRules.DOMAIN_DEPENDS_ON_THE_JDK_ONLY.check(nothingRelevant));
    }
}
