package io.supportdesk.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import io.supportdesk.adapter.mail.archfixture.SomethingController;
import io.supportdesk.adapter.rest.archfixture.CloseSomethingService;
import io.supportdesk.adapter.rest.archfixture.SomethingEndpoint;
import io.supportdesk.application.archfixture.CloseSomethingHandler;
import io.supportdesk.application.archfixture.UseCaseCallingJdbc;
import io.supportdesk.application.archfixture.port.in.CloseSomethingUseCase;
import io.supportdesk.application.archfixture.port.out.SomethingStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Feeds deliberately misplaced fixture classes (test sources only, never imported by {@link ArchitectureTest}) to
 * the rules and expects each rule to report them, so a rule that can no longer fail is noticed. {@link #BITES} is
 * the one list of what each rule must catch; {@link #every_rule_has_a_bite()} fails when a rule is added to
 * {@link ArchitectureRules} without an entry there.
 */
class ArchitectureRulesBiteTest {

    /** A rule and fixture classes that break it. A rule with several clauses gets one bite per clause. */
    record Bite(String scenario, ArchRule rule, Supplier<JavaClasses> fixtures) {
        @Override
        public String toString() {
            return scenario;
        }
    }

    static final List<Bite> BITES = List.of(
            new Bite("a Micronaut import in the domain is reported",
                    ArchitectureRules.DOMAIN_DEPENDS_ON_THE_JDK_ONLY,
                    packages("io.supportdesk.domain.archfixture")),
            new Bite("a library import in the application is reported",
                    ArchitectureRules.APPLICATION_DEPENDS_ON_DOMAIN_AND_JDK_ONLY,
                    packages("io.supportdesk.application.archfixture")),
            new Bite("an adapter importing another adapter is reported",
                    ArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER,
                    packages("io.supportdesk.adapter.rest.archfixture", "io.supportdesk.adapter.persistence.embedded")),
            new Bite("an adapter reaching into bootstrap is reported",
                    ArchitectureRules.NOTHING_DEPENDS_ON_BOOTSTRAP,
                    packages("io.supportdesk.adapter.mail.archfixture")),
            new Bite("a use case holding a persistence adapter is reported",
                    ArchitectureRules.CORE_DOES_NOT_DEPEND_ON_ADAPTERS,
                    classes(UseCaseCallingJdbc.class)),
            new Bite("a package cycle in the domain is reported",
                    ArchitectureRules.DOMAIN_CAPABILITIES_ARE_FREE_OF_CYCLES,
                    packages("io.supportdesk.domain.cyclefixturea", "io.supportdesk.domain.cyclefixtureb")),
            new Bite("a package cycle in the application is reported",
                    ArchitectureRules.APPLICATION_CAPABILITIES_ARE_FREE_OF_CYCLES,
                    packages("io.supportdesk.application.cyclefixturea", "io.supportdesk.application.cyclefixtureb")),
            new Bite("reading the wall clock in the core is reported",
                    ArchitectureRules.CORE_TAKES_TIME_FROM_A_CLOCK,
                    packages("io.supportdesk.domain.archfixture")),
            new Bite("an inbound port without the UseCase suffix is reported",
                    ArchitectureRules.USE_CASES_ARE_NAMED_FOR_THEIR_INTENT,
                    packages("io.supportdesk.application.archfixture")),
            new Bite("a use case implementation not named ...Service is reported",
                    ArchitectureRules.USE_CASE_IMPLEMENTATIONS_ARE_SERVICES,
                    classes(CloseSomethingHandler.class, CloseSomethingUseCase.class)),
            new Bite("a use case implementation outside the application is reported",
                    ArchitectureRules.USE_CASE_IMPLEMENTATIONS_ARE_SERVICES,
                    classes(CloseSomethingService.class, CloseSomethingUseCase.class)),
            new Bite("an outbound port that is a class is reported",
                    ArchitectureRules.OUTBOUND_PORTS_ARE_INTERFACES,
                    classes(SomethingStore.class)),
            new Bite("an Impl suffix is reported",
                    ArchitectureRules.NO_IMPL_SUFFIX,
                    packages("io.supportdesk.application.archfixture")),
            new Bite("a controller not named ...Controller is reported",
                    ArchitectureRules.CONTROLLERS_LIVE_IN_THE_REST_ADAPTER,
                    classes(SomethingEndpoint.class)),
            new Bite("a controller outside the REST adapter is reported",
                    ArchitectureRules.CONTROLLERS_LIVE_IN_THE_REST_ADAPTER,
                    classes(SomethingController.class)),
            new Bite("a socket outside the WebSocket adapter is reported",
                    ArchitectureRules.SOCKETS_LIVE_IN_THE_WEBSOCKET_ADAPTER,
                    packages("io.supportdesk.adapter.rest.archfixture")));

    private static Supplier<JavaClasses> packages(String... packages) {
        return () -> new ClassFileImporter().importPackages(packages);
    }

    private static Supplier<JavaClasses> classes(Class<?>... classes) {
        return () -> new ClassFileImporter().importClasses(classes);
    }

    static List<Bite> bites() {
        return BITES;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bites")
    void each_rule_reports_its_fixture(Bite bite) {
        assertTrue(bite.rule().evaluate(bite.fixtures().get()).hasViolation(),
                () -> bite.scenario() + ": expected a violation of: " + bite.rule().getDescription());
    }

    @Test
    void every_rule_has_a_bite() {
        Map<ArchRule, String> declared = declaredRules();
        Set<ArchRule> bitten = Collections.newSetFromMap(new IdentityHashMap<>());
        BITES.forEach(bite -> bitten.add(bite.rule()));

        List<String> withoutBite = new ArrayList<>();
        declared.forEach((rule, name) -> {
            if (!bitten.contains(rule)) {
                withoutBite.add(name);
            }
        });
        assertEquals(List.of(), withoutBite, "rules in ArchitectureRules with no entry in BITES");
        // Guards the reflection itself: had it found no rules, the check above would pass vacuously.
        bitten.removeAll(declared.keySet());
        assertEquals(Set.of(), bitten, "BITES exercises a rule the reflection did not find in ArchitectureRules");
    }

    /** The ArchRule constants of {@link ArchitectureRules}, by identity, with their field names. */
    private static Map<ArchRule, String> declaredRules() {
        Map<ArchRule, String> rules = new IdentityHashMap<>();
        for (Field field : ArchitectureRules.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && ArchRule.class.isAssignableFrom(field.getType())) {
                try {
                    rules.put((ArchRule) field.get(null), field.getName());
                } catch (IllegalAccessException e) {
                    throw new AssertionError("cannot read rule " + field.getName(), e);
                }
            }
        }
        return rules;
    }

    @Test
    void a_rule_that_matches_nothing_fails_instead_of_passing() {
        JavaClasses nothingRelevant = new ClassFileImporter().importClasses(String.class);
        assertThrows(AssertionError.class, () -> ArchitectureRules.DOMAIN_DEPENDS_ON_THE_JDK_ONLY.check(nothingRelevant));
    }
}
