package io.supportdesk.adapter.rest.automation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.supportdesk.adapter.rest.automation.AutomationResponses.RuleList;
import io.supportdesk.adapter.rest.automation.AutomationResponses.RuleResponse;
import io.supportdesk.adapter.rest.automation.AutomationResponses.RunList;
import io.supportdesk.adapter.rest.automation.AutomationResponses.RunResponse;
import io.supportdesk.adapter.rest.automation.AutomationResponses.TestResponse;
import io.supportdesk.adapter.rest.docs.ForbiddenProblem;
import io.supportdesk.adapter.rest.docs.InvalidParameterProblem;
import io.supportdesk.adapter.rest.docs.NotFoundProblem;
import io.supportdesk.adapter.rest.docs.ProblemResponses;
import io.supportdesk.adapter.rest.docs.UnauthorizedProblem;
import io.supportdesk.adapter.rest.identity.CurrentActor;
import io.supportdesk.adapter.rest.identity.Roles;
import io.supportdesk.adapter.rest.problem.FieldViolations;
import io.supportdesk.adapter.rest.problem.InvalidRequestException;
import io.supportdesk.adapter.rest.problem.Problem;
import io.supportdesk.adapter.rest.problem.QueryParameters;
import io.supportdesk.adapter.rest.ticket.RequestParameters;
import io.supportdesk.adapter.rest.ticket.TicketNotFoundProblem;
import io.supportdesk.application.automation.AutomationRuleNotFoundException;
import io.supportdesk.application.automation.StoredRule;
import io.supportdesk.application.automation.port.in.ListRuleRunsUseCase;
import io.supportdesk.application.automation.port.in.ManageAutomationRulesUseCase;
import io.supportdesk.application.automation.port.in.TestAutomationRuleUseCase;
import io.supportdesk.application.ticket.port.in.TicketReference;
import io.supportdesk.domain.automation.RuleDefinition;
import io.supportdesk.domain.automation.RuleDefinitionRejected;
import io.supportdesk.domain.automation.RuleId;
import io.supportdesk.domain.automation.RuleViolation;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Automation rules, for administrators only (decision 0066): keep them, test one against a ticket without changing
 * anything, and read what a rule did. The rule travels as the JSON document the domain parses
 * ({@link RuleDefinition#parse}); every problem in it is one 422 that names each by its path.
 */
// Use cases block on JDBC; keep them off the Netty event loop.
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Automation")
@Controller("/api/v1/automation/rules")
@Secured(Roles.ADMIN)
@UnauthorizedProblem
@ForbiddenProblem
class AutomationRuleController {

    static final int DEFAULT_LIMIT = 50;

    private static final String RULE = """
            {"name": "Remind quiet customers", "active": true, "position": 10,
             "trigger": {"type": "no_customer_reply_for", "hours": 48},
             "conditions": {"all": [{"field": "status", "operator": "is", "value": "waiting_on_customer"}],
                            "any": [{"field": "priority", "operator": "in", "value": ["high", "urgent"]},
                                    {"field": "tags", "operator": "contains", "value": "vip"}]},
             "actions": [{"type": "add_tags", "value": ["reminded"]},
                         {"type": "send_email", "template": "reply_reminder", "to": "requester"}]}""";

    private static final String TEST = """
            {"rule": {"name": "Urgent outages", "trigger": {"type": "ticket_created"},
                      "conditions": {"all": [{"field": "title", "operator": "contains", "value": "outage"}]},
                      "actions": [{"type": "set_priority", "value": "urgent"}]},
             "ticket_id": 42}""";

    private static final String DOCUMENT = "The rule: `name`, `active` (default true), `position` (default 0; rules "
            + "are tried by position, then id), `trigger` ({\"type\": ticket_created, ticket_updated, status_changed, "
            + "comment_added, sla_at_risk, sla_breached, in_status_for, no_customer_reply_for} with the type's own "
            + "fields), `conditions` ({\"all\": [...], \"any\": [...]}, each {\"field\", \"operator\", \"value\"}) and "
            + "`actions` (1-" + RuleDefinition.MAX_ACTIONS + ", each {\"type\", \"value\"}, or for send_email "
            + "{\"type\", \"template\", \"to\"} and for call_webhook {\"type\", \"webhook_id\"}). Unknown fields are "
            + "errors. Every problem is listed at once, each named by its path: `conditions.all[2].value`, "
            + "`actions[0].type`, `trigger.hours`.";

    private final ManageAutomationRulesUseCase rules;
    private final TestAutomationRuleUseCase tests;
    private final ListRuleRunsUseCase runs;

    AutomationRuleController(ManageAutomationRulesUseCase rules, TestAutomationRuleUseCase tests,
                             ListRuleRunsUseCase runs) {
        this.rules = rules;
        this.tests = tests;
        this.runs = runs;
    }

    // rule is read as any JSON value, so that one that is not an object is a 422 on rule like any other problem in
    // it, rather than a body that cannot be read; ticket_id, so that it may be a number or a text.
    @Serdeable
    @Schema(name = "AutomationRuleTestRequest", description = "A rule and the ticket to judge it against")
    record TestRequest(@Schema(description = "A rule document, as for POST /automation/rules; it need not be saved",
                               requiredMode = Schema.RequiredMode.REQUIRED)
                       @Nullable Object rule,
                       @Schema(description = "The ticket to judge: its id (42) or its number (\"TKT-000042\")",
                               oneOf = {Long.class, String.class}, example = "42",
                               requiredMode = Schema.RequiredMode.REQUIRED)
                       @Nullable Object ticketId) {
    }

    @Get
    @Operation(summary = "List automation rules", description = "Every rule, active or not, in the order they are "
            + "tried: position, then id.")
    @ApiResponse(responseCode = "200", description = "The rules")
    RuleList index(Authentication authentication) {
        return new RuleList(rules.list(CurrentActor.from(authentication)).stream().map(RuleResponse::of).toList());
    }

    @Post
    @Operation(summary = "Create an automation rule", description = "The body is the rule itself. " + DOCUMENT,
            requestBody = @RequestBody(required = true, description = "The rule document", content = @Content(
                    schema = @Schema(type = "object"), examples = @ExampleObject(value = RULE))))
    @ApiResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = RuleResponse.class)))
    @UnreadableRuleProblem
    @RuleRejectedProblem
    HttpResponse<RuleResponse> create(@Nullable @Body Map<String, Object> document, Authentication authentication) {
        Map<String, Object> rule = given(document);
        StoredRule created = rules.create(CurrentActor.from(authentication), rule);
        return HttpResponse.created(RuleResponse.of(created),
                URI.create("/api/v1/automation/rules/" + created.id().value()));
    }

    @Get("/{id}")
    @Operation(summary = "Read an automation rule", description = "Trigger, conditions and actions as written.")
    @ApiResponse(responseCode = "200", description = "The rule")
    @NotFoundProblem
    RuleResponse show(@PathVariable String id, Authentication authentication) {
        RuleId rule = ruleId(id);
        return RuleResponse.of(rules.view(CurrentActor.from(authentication), rule));
    }

    @Put("/{id}")
    @Operation(summary = "Replace an automation rule",
            description = "The body is the whole rule, as for create; what it leaves out takes its default. The "
                    + "rule's runs stay. " + DOCUMENT,
            requestBody = @RequestBody(required = true, description = "The rule document", content = @Content(
                    schema = @Schema(type = "object"), examples = @ExampleObject(value = RULE))))
    @ApiResponse(responseCode = "200", description = "The rule as replaced")
    @NotFoundProblem
    @UnreadableRuleProblem
    @RuleRejectedProblem
    RuleResponse replace(@PathVariable String id, @Nullable @Body Map<String, Object> document,
                         Authentication authentication) {
        RuleId rule = ruleId(id);
        Map<String, Object> replacement = given(document);
        return RuleResponse.of(rules.replace(CurrentActor.from(authentication), rule, replacement));
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete an automation rule", description = "With its runs.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @NotFoundProblem
    void delete(@PathVariable String id, Authentication authentication) {
        RuleId rule = ruleId(id);
        rules.delete(CurrentActor.from(authentication), rule);
    }

    @Get("/{id}/runs{?limit}")
    @Operation(summary = "An automation rule's runs",
            description = "Newest first, at most `limit` (default " + DEFAULT_LIMIT + ", at most "
                    + ListRuleRunsUseCase.MAX_LIMIT + "): the ticket, what set the rule off, and each action's "
                    + "outcome (applied, unchanged, or failed with a code and a reason).")
    @ApiResponse(responseCode = "200", description = "The runs")
    @InvalidParameterProblem
    @NotFoundProblem
    RunList runs(@PathVariable String id, @Nullable @QueryValue("limit") String limit,
                 Authentication authentication) {
        RuleId rule = ruleId(id);
        int max = QueryParameters.whole("limit", limit, DEFAULT_LIMIT, 1, ListRuleRunsUseCase.MAX_LIMIT);
        return new RunList(runs.runs(CurrentActor.from(authentication), rule, max).stream()
                .map(RunResponse::of).toList(), max);
    }

    @Post("/test")
    @Operation(summary = "Test an automation rule on a ticket",
            description = "A dry run: how the rule (saved or not) judges the ticket now — each condition with what "
                    + "the ticket has, for a time rule whether its period has come, and what each action would do, "
                    + "refusals included — changing nothing. Problems in `rule` are named by their path under it "
                    + "(`rule.conditions.all[2].value`).",
            requestBody = @RequestBody(required = true, content = @Content(
                    schema = @Schema(implementation = TestRequest.class), examples = @ExampleObject(value = TEST))))
    @ApiResponse(responseCode = "200", description = "The verdict",
            content = @Content(schema = @Schema(implementation = TestResponse.class)))
    @TicketNotFoundProblem
    @UnreadableRuleProblem
    @RuleRejectedProblem
    TestResponse test(@Body TestRequest request, Authentication authentication) {
        FieldViolations v = new FieldViolations();
        Map<String, Object> document = v.required("rule", request.rule(), AutomationRuleController::document);
        TicketReference ticket = v.required("ticket_id", request.ticketId(), AutomationRuleController::ticket);
        // Parsed here too, only to list the rule's problems with those of ticket_id; the use case parses it again.
        if (document != null && RuleDefinition.parse(document) instanceof RuleDefinition.Parsed.Invalid invalid) {
            invalid.violations().forEach(violation -> v.reject(underRule(violation.field()), violation.getMessage()));
        }
        v.throwIfAny();
        try {
            return TestResponse.of(tests.test(CurrentActor.from(authentication), document, ticket));
        } catch (RuleDefinitionRejected rejected) {
            // The rule's paths are the body's under "rule".
            throw InvalidRequestException.validationFailed(rejected.violations().stream()
                    .map(violation -> new Problem.FieldError(underRule(violation.field()), violation.getMessage()))
                    .toList());
        }
    }

    /** A body of JSON null (or none) is no rule: a 422 on {@code rule}, the path the domain gives the whole rule. */
    private static Map<String, Object> given(@Nullable Map<String, Object> document) {
        if (document == null) {
            throw new RuleDefinitionRejected(List.of(new RuleViolation("rule", "must be an object")));
        }
        return document;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> document(Object rule) {
        if (!(rule instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("must be an object");
        }
        return (Map<String, Object>) rule;
    }

    /** A number is the ticket's id, a text its id or number ({@code TKT-000042}). */
    private static TicketReference ticket(Object given) {
        return switch (given) {
            case Number number -> TicketReference.parse(number.toString());
            case String text -> TicketReference.parse(text);
            default -> throw new IllegalArgumentException("must be a ticket id or a ticket number (TKT-000042)");
        };
    }

    /** {@code rule} itself names the whole rule, as in the body. */
    private static String underRule(String path) {
        return path.equals("rule") ? path : "rule." + path;
    }

    private static RuleId ruleId(String text) {
        return RequestParameters.id(text, RuleId::new, AutomationRuleNotFoundException::new);
    }
}
