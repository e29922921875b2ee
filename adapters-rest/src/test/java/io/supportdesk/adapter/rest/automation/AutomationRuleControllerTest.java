package io.supportdesk.adapter.rest.automation;

import io.micronaut.http.HttpResponse;
import io.supportdesk.adapter.rest.automation.AutomationRuleController.TestRequest;
import io.supportdesk.adapter.rest.problem.InvalidRequestException;
import io.supportdesk.adapter.rest.problem.Problem;
import io.supportdesk.application.automation.AutomationRuleNotFoundException;
import io.supportdesk.application.automation.StoredRule;
import io.supportdesk.application.automation.port.in.ManageAutomationRulesUseCase;
import io.supportdesk.domain.automation.RuleDefinitionRejected;
import io.supportdesk.domain.automation.RuleId;
import io.supportdesk.domain.automation.RuleViolation;
import io.supportdesk.domain.identity.Actor;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * What the controller refuses before any use case runs (the use cases here fail the test if reached), and how a
 * rejected rule is answered. The whole endpoints, over HTTP, are AutomationRuleApiTest's (bootstrap).
 */
class AutomationRuleControllerTest {

    private final AutomationRuleController controller = new AutomationRuleController(new UnreachableRules(),
            (actor, document, ticket) -> {
                throw new AssertionError("the dry run should not be reached");
            },
            (actor, rule, limit) -> {
                throw new AssertionError("the runs should not be read");
            });

    @Test
    void a_dry_run_names_the_rules_problems_under_rule_together_with_those_of_ticket_id() {
        Map<String, Object> rule = Map.of("name", "Bad", "trigger", Map.of("type", "ticket_created"),
                "conditions", Map.of("all", List.of(
                        Map.of("field", "priority", "operator", "is", "value", "high"),
                        Map.of("field", "status", "operator", "is", "value", "open"),
                        Map.of("field", "priority", "operator", "is", "value", "hihg"))),
                "actions", List.of(Map.of("type", "explode", "value", true)));

        List<String> fields = problemFields(() -> controller.test(new TestRequest(rule, "not a ticket"), null));

        assertEquals(List.of("ticket_id", "rule.conditions.all[2].value", "rule.actions[0].type"), fields);
    }

    @Test
    void a_dry_run_needs_a_rule_that_is_an_object_and_a_ticket() {
        assertEquals(List.of("rule", "ticket_id"), problemFields(() -> controller.test(new TestRequest(null, null),
                null)));
        assertEquals(List.of("rule"), problemFields(() -> controller.test(new TestRequest(List.of(1, 2), 42), null)));
        assertEquals(List.of("ticket_id"), problemFields(() -> controller.test(new TestRequest(Map.of(), -3), null))
                .subList(0, 1));
        assertEquals(List.of("ticket_id"), problemFields(() -> controller.test(new TestRequest(Map.of(), true), null))
                .subList(0, 1));
    }

    @Test
    void a_body_of_json_null_is_no_rule() {
        RuleDefinitionRejected refused = assertThrows(RuleDefinitionRejected.class, () -> controller.create(null, null));
        assertEquals(List.of("rule"), refused.violations().stream().map(RuleViolation::field).toList());
        assertThrows(RuleDefinitionRejected.class, () -> controller.replace("1", null, null));
    }

    @Test
    void a_path_id_that_cannot_be_a_rule_is_not_found() {
        for (String id : List.of("abc", "0", "-4", "1.5", "99999999999999999999")) {
            assertThrows(AutomationRuleNotFoundException.class, () -> controller.show(id, null), id);
            assertThrows(AutomationRuleNotFoundException.class, () -> controller.delete(id, null), id);
            assertThrows(AutomationRuleNotFoundException.class, () -> controller.replace(id, Map.of(), null), id);
            assertThrows(AutomationRuleNotFoundException.class, () -> controller.runs(id, null, null), id);
        }
    }

    @Test
    void a_limit_of_runs_out_of_bounds_is_a_bad_parameter_named_limit() {
        for (String limit : List.of("0", "201", "ten")) {
            InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                    () -> controller.runs("1", limit, null), limit);
            Problem problem = refused.toProblem();
            assertEquals(400, problem.status());
            assertEquals("INVALID_PARAMETER", problem.code());
            assertEquals(List.of("limit"), problem.errors().stream().map(Problem.FieldError::field).toList());
        }
    }

    @Test
    void a_rejected_rule_is_one_422_naming_every_problem_by_its_path() {
        HttpResponse<Problem> response = new AutomationExceptionHandlers.Rejected().handle(null,
                new RuleDefinitionRejected(List.of(new RuleViolation("conditions.all[2].value", "unknown priority"),
                        new RuleViolation("actions[0].type", "unknown action"))));

        assertEquals(422, response.code());
        Problem problem = response.body();
        assertEquals("VALIDATION_FAILED", problem.code());
        assertEquals("urn:supportdesk:problem:validation-failed", problem.type());
        assertEquals("The request has 2 invalid fields.", problem.detail());
        assertEquals(List.of(new Problem.FieldError("conditions.all[2].value", "unknown priority"),
                new Problem.FieldError("actions[0].type", "unknown action")), problem.errors());
    }

    @Test
    void an_unknown_rule_is_a_404_problem() {
        HttpResponse<Problem> response = new AutomationExceptionHandlers.NotFound().handle(null,
                new AutomationRuleNotFoundException(new RuleId(5)));

        assertEquals(404, response.code());
        assertEquals("AUTOMATION_RULE_NOT_FOUND", response.body().code());
    }

    private static List<String> problemFields(Runnable call) {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class, call::run);
        Problem problem = refused.toProblem();
        assertEquals(422, problem.status());
        return problem.errors().stream().map(Problem.FieldError::field).toList();
    }

    private static final class UnreachableRules implements ManageAutomationRulesUseCase {
        @Override
        public StoredRule create(Actor actor, Map<String, Object> document) {
            throw new AssertionError("not reached");
        }

        @Override
        public List<StoredRule> list(Actor actor) {
            throw new AssertionError("not reached");
        }

        @Override
        public StoredRule view(Actor actor, RuleId id) {
            throw new AssertionError("not reached");
        }

        @Override
        public StoredRule replace(Actor actor, RuleId id, Map<String, Object> document) {
            throw new AssertionError("not reached");
        }

        @Override
        public void delete(Actor actor, RuleId id) {
            throw new AssertionError("not reached");
        }
    }
}
