package io.supportdesk.adapter.rest.automation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.supportdesk.application.automation.RuleRun;
import io.supportdesk.application.automation.StoredRule;
import io.supportdesk.application.automation.port.in.TestAutomationRuleUseCase.RuleTestReport;
import io.supportdesk.domain.automation.ActionOutcome;
import io.supportdesk.domain.automation.Condition;
import io.supportdesk.domain.automation.ConditionReport;
import io.supportdesk.domain.automation.RuleDefinition;
import io.supportdesk.domain.automation.TimeQualification;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the automation endpoints answer. A rule's trigger, conditions and actions are shown from the document it was
 * saved from, so it reads back the way it was written (and can be sent back with PUT as it is); its name, active
 * flag and position are the parsed ones.
 */
final class AutomationResponses {

    private AutomationResponses() {
    }

    @Serdeable
    @Schema(name = "AutomationRule")
    record RuleResponse(long id, String name, boolean active,
                        @Schema(description = "Rules are tried by position, then id") int position,
                        @Schema(description = "As written: its type and the type's own fields",
                                example = "{\"type\": \"in_status_for\", \"status\": \"waiting_on_customer\", "
                                        + "\"hours\": 72}")
                        Map<String, Object> trigger,
                        @Schema(description = "As written, with both `all` and `any` always present (empty when "
                                + "not given)")
                        Map<String, Object> conditions,
                        @Schema(description = "As written, in the order they run") List<Map<String, Object>> actions,
                        Instant createdAt, Instant updatedAt,
                        @Schema(description = "The administrator who saved it last") long savedBy) {

        static RuleResponse of(StoredRule stored) {
            RuleDefinition rule = stored.rule().definition();
            Map<String, Object> document = stored.document();
            return new RuleResponse(stored.id().value(), rule.name().value(), rule.active(), rule.position(),
                    object(document.get("trigger")), conditions(document.get("conditions")),
                    document.get("actions") instanceof List<?> actions
                            ? actions.stream().map(AutomationResponses::object).toList()
                            : List.of(),
                    stored.createdAt(), stored.updatedAt(), stored.savedBy().value());
        }

        private static Map<String, Object> conditions(@Nullable Object written) {
            Map<String, Object> conditions = new LinkedHashMap<>();
            conditions.put("all", List.of());
            conditions.put("any", List.of());
            conditions.putAll(object(written));
            conditions.replaceAll((key, value) -> value == null ? List.of() : value);
            return conditions;
        }
    }

    @Serdeable
    @Schema(name = "AutomationRuleList")
    record RuleList(@Schema(description = "In the order they are tried: position, then id") List<RuleResponse> items) {
    }

    /** One action's fate, in a run or in a dry run. */
    @Serdeable
    @Schema(name = "AutomationActionResult")
    record ActionResultResponse(@Schema(example = "set_priority") String action,
                                @Schema(allowableValues = {"applied", "unchanged", "failed"}) String outcome,
                                @Schema(description = "Why it failed, as a stable code (failed only)",
                                        example = "INVALID_TRANSITION") @Nullable String code,
                                @Schema(description = "Why it failed, in words (failed only)") @Nullable String reason) {

        static ActionResultResponse of(RuleRun.ActionResult result) {
            return new ActionResultResponse(result.action(), result.outcome(), result.code().orElse(null),
                    result.reason().orElse(null));
        }

        static ActionResultResponse of(ActionOutcome outcome) {
            return of(RuleRun.ActionResult.of(outcome));
        }
    }

    @Serdeable
    @Schema(name = "AutomationRuleRun")
    record RunResponse(long ruleId,
                       @Schema(description = "The rule's name when it fired") String ruleName,
                       long ticketId,
                       @Schema(description = "What set it off: the trigger's type", example = "ticket_created")
                       String trigger,
                       Instant firedAt,
                       @Schema(description = "Each action's fate, in order") List<ActionResultResponse> actions) {

        static RunResponse of(RuleRun run) {
            return new RunResponse(run.rule().value(), run.ruleName(), run.ticket().value(), run.trigger(),
                    run.firedAt(), run.actions().stream().map(ActionResultResponse::of).toList());
        }
    }

    @Serdeable
    @Schema(name = "AutomationRuleRunList")
    record RunList(@Schema(description = "Newest first") List<RunResponse> items, int limit) {
    }

    @Serdeable
    @Schema(name = "AutomationRuleTestResult")
    record TestResponse(@Schema(description = "Whether the rule would fire were its trigger to come now: its "
                                + "conditions hold and, for a time rule, its period has come")
                        boolean wouldFire,
                        ConditionsResponse conditions,
                        @Nullable TimingResponse timing,
                        @Schema(description = "What each action would do, applied in order; nothing is changed")
                        List<ActionResultResponse> actions,
                        @Schema(description = "The ticket's fields as the actions would leave them (status, "
                                + "priority, team, assignee, tags)")
                        Map<String, Object> after) {

        static TestResponse of(RuleTestReport report) {
            return new TestResponse(report.wouldFire(), ConditionsResponse.of(report.conditions()),
                    report.timing().map(TimingResponse::of).orElse(null),
                    report.actions().stream().map(ActionResultResponse::of).toList(), report.after());
        }
    }

    @Serdeable
    @Schema(name = "AutomationConditionReport")
    record ConditionsResponse(@Schema(description = "Every one of `all` holds, and one of `any` unless it is empty")
                              boolean matches,
                              List<ConditionLine> all, List<ConditionLine> any) {

        static ConditionsResponse of(ConditionReport report) {
            return new ConditionsResponse(report.matches(), report.all().stream().map(ConditionLine::of).toList(),
                    report.any().stream().map(ConditionLine::of).toList());
        }
    }

    /** One condition judged against the ticket; every condition is shown, not only up to the first that fails. */
    @Serdeable
    @Schema(name = "AutomationConditionLine")
    record ConditionLine(@Schema(example = "priority") String field,
                         @Schema(description = "The custom field's key (custom_field only)") @Nullable String key,
                         @Schema(example = "in") String operator,
                         @Schema(description = "The value compared with, as a person reads it; null for an operator "
                                 + "that takes none (assigned, unassigned)", example = "high, urgent")
                         @Nullable String expected,
                         @Schema(description = "What the ticket has", example = "medium") String actual,
                         boolean holds,
                         @Schema(example = "priority in [high, urgent]: was medium (does not hold)")
                         String description) {

        static ConditionLine of(ConditionReport.Line line) {
            Condition condition = line.condition();
            return new ConditionLine(condition.field().code(),
                    condition instanceof Condition.CustomFieldCondition custom ? custom.key() : null,
                    condition.operator().code(), condition.operator().takesValue() ? condition.expected() : null,
                    line.actual(), line.holds(), line.describe());
        }
    }

    @Serdeable
    @Schema(name = "AutomationTiming", description = "Whether a time rule's period has come for the ticket (rules "
            + "on `in_status_for` and `no_customer_reply_for` only; null for a rule that fires on an event)")
    record TimingResponse(@Schema(allowableValues = {"qualifies", "not_yet", "not_applicable"}) String state,
                          boolean qualifies,
                          @Schema(description = "When the ticket will qualify (not_yet only)") @Nullable Instant dueAt,
                          @Schema(description = "Why the trigger does not apply (not_applicable only)",
                                  example = "the ticket is open, not waiting_on_customer")
                          @Nullable String reason,
                          @Schema(description = "The period that qualifies; the rule fires once per period "
                                  + "(qualifies only)", example = "rule-7/ticket-42/2025-03-03T09:00:00Z")
                          @Nullable String periodKey) {

        static TimingResponse of(TimeQualification timing) {
            return switch (timing) {
                case TimeQualification.Qualifies qualifies -> new TimingResponse("qualifies", true, null, null,
                        qualifies.key().value());
                case TimeQualification.NotYet notYet -> new TimingResponse("not_yet", false, notYet.at(), null,
                        null);
                case TimeQualification.NotApplicable notApplicable -> new TimingResponse("not_applicable", false,
                        null, notApplicable.reason(), null);
            };
        }
    }

    /** A JSON object of the document (parsed, so it is one), with its keys as text. */
    static Map<String, Object> object(@Nullable Object written) {
        Map<String, Object> copy = new LinkedHashMap<>();
        if (written instanceof Map<?, ?> map) {
            map.forEach((key, value) -> copy.put(String.valueOf(key), value));
        }
        return copy;
    }
}
