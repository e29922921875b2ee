package io.supportdesk.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Applies every architecture rule to the production classes of all modules. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchitectureTest {

    private JavaClasses production;

    @BeforeAll
    void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // Other modules arrive as jars (or target/classes); their test-jars hold fakes and fixtures.
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages(ArchitectureRules.ROOT);
    }

    private void check(ArchRule rule) {
        rule.check(production);
    }

    @Test
    void every_module_is_imported() {
        for (String module : new String[] {"domain", "application", "adapter.persistence", "adapter.rest",
                "adapter.mail", "adapter.websocket", "adapter.storage", "adapter.webhook", "bootstrap"}) {
            String prefix = ArchitectureRules.ROOT + "." + module + ".";
            if (production.stream().noneMatch(c -> c.getPackageName().startsWith(prefix)
                    || c.getPackageName().equals(prefix.substring(0, prefix.length() - 1)))) {
                throw new AssertionError("no production classes found under " + prefix
                        + ": the rules would pass vacuously");
            }
        }
    }

    @Test
    void domain_depends_on_the_jdk_only() {
        check(ArchitectureRules.DOMAIN_DEPENDS_ON_THE_JDK_ONLY);
    }

    @Test
    void application_depends_on_the_domain_and_the_jdk_only() {
        check(ArchitectureRules.APPLICATION_DEPENDS_ON_DOMAIN_AND_JDK_ONLY);
    }

    @Test
    void adapters_do_not_depend_on_each_other() {
        check(ArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER);
    }

    @Test
    void nothing_depends_on_bootstrap() {
        check(ArchitectureRules.NOTHING_DEPENDS_ON_BOOTSTRAP);
    }

    @Test
    void the_core_does_not_depend_on_adapters() {
        check(ArchitectureRules.CORE_DOES_NOT_DEPEND_ON_ADAPTERS);
    }

    @Test
    void domain_capabilities_are_free_of_cycles() {
        check(ArchitectureRules.DOMAIN_CAPABILITIES_ARE_FREE_OF_CYCLES);
    }

    @Test
    void application_capabilities_are_free_of_cycles() {
        check(ArchitectureRules.APPLICATION_CAPABILITIES_ARE_FREE_OF_CYCLES);
    }

    @Test
    void the_core_takes_time_from_a_clock() {
        check(ArchitectureRules.CORE_TAKES_TIME_FROM_A_CLOCK);
    }

    @Test
    void inbound_ports_are_named_for_their_intent() {
        check(ArchitectureRules.USE_CASES_ARE_NAMED_FOR_THEIR_INTENT);
    }

    @Test
    void use_case_implementations_are_services() {
        check(ArchitectureRules.USE_CASE_IMPLEMENTATIONS_ARE_SERVICES);
    }

    @Test
    void outbound_ports_are_interfaces() {
        check(ArchitectureRules.OUTBOUND_PORTS_ARE_INTERFACES);
    }

    @Test
    void no_class_is_named_impl() {
        check(ArchitectureRules.NO_IMPL_SUFFIX);
    }

    @Test
    void controllers_live_in_the_rest_adapter() {
        check(ArchitectureRules.CONTROLLERS_LIVE_IN_THE_REST_ADAPTER);
    }

    @Test
    void sockets_live_in_the_websocket_adapter() {
        check(ArchitectureRules.SOCKETS_LIVE_IN_THE_WEBSOCKET_ADAPTER);
    }
}
