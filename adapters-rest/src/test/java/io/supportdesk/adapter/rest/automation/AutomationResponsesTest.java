package io.supportdesk.adapter.rest.automation;

import io.supportdesk.adapter.rest.automation.AutomationResponses.ConditionLine;
import io.supportdesk.adapter.rest.automation.AutomationResponses.RuleResponse;
import io.supportdesk.adapter.rest.automation.AutomationResponses.RunResponse;
import io.supportdesk.adapter.rest.automation.AutomationResponses.TestResponse;
import io.supportdesk.adapter.rest.automation.AutomationResponses.TimingResponse;
import io.supportdesk.application.automation.RuleRun;
import io.supportdesk.application.automation.StoredRule;
import io.supportdesk.application.automation.port.in.TestAutomationRuleUseCase.RuleTestReport;
import io.supportdesk.domain.automation.Action;
import io.supportdesk.domain.automation.ActionOutcome;
import io.supportdesk.domain.automation.Condition;
import io.supportdesk.domain.automation.ConditionReport;
import io.supportdesk.domain.automation.Operator;
import io.supportdesk.domain.automation.PeriodKey;
import io.supportdesk.domain.automation.Rule;
import io.supportdesk.domain.automation.RuleDefinition;
import io.supportdesk.domain.automation.RuleId;
import io.supportdesk.domain.automation.TimeQualification;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AutomationResponsesTest {

    private static final Instant CREATED = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant UPDATED = Instant.parse("2026-03-03T10:30:00Z");

    private static final Map<String, Object> TRIGGER = Map.of("type", "in_status_for",
            "status", "waiting_on_customer", "hours", 72);
    private static final List<Object> ACTIONS = List.of(
            Map.of("type", "add_tags", "value", List.of("Reminded")),
            Map.of("type", "send_email", "template", "reply_reminder", "to", "requester"));

    @Test
    void a_rule_reads_back_as_written_with_its_parsed_name_flag_and_position() {
        Map<String, Object> document = Map.of("name", "Remind quiet customers", "active", false, "position", 10,
                "trigger", TRIGGER,
                "conditions", Map.of("all", List.of(Map.of("field", "priority", "operator", "in",
                        "value", List.of("urgent", "high")))),
                "actions", ACTIONS);

        RuleResponse response = RuleResponse.of(stored(7, document));

        assertEquals(7, response.id());
        assertEquals("Remind quiet customers", response.name());
        assertFalse(response.active());
        assertEquals(10, response.position());
        assertEquals(TRIGGER, response.trigger());
        assertEquals(ACTIONS, response.actions(), "the tag as written, not as normalised");
        assertEquals(List.of(Map.of("field", "priority", "operator", "in", "value", List.of("urgent", "high"))),
                response.conditions().get("all"));
        assertEquals(List.of(), response.conditions().get("any"), "any is always present");
        assertEquals(CREATED, response.createdAt());
        assertEquals(UPDATED, response.updatedAt());
        assertEquals(3, response.savedBy());
    }

    @Test
    void a_rule_written_without_conditions_shows_both_lists_empty() {
        Map<String, Object> document = Map.of("name", "Tag everything", "trigger", Map.of("type", "ticket_created"),
                "actions", List.of(Map.of("type", "add_tags", "value", "new")));

        RuleResponse response = RuleResponse.of(stored(8, document));

        assertEquals(Map.of("all", List.of(), "any", List.of()), response.conditions());
        assertTrue(response.active(), "active by default");
        assertEquals(0, response.position());
    }

    @Test
    void a_run_lists_each_actions_fate_with_a_code_and_reason_only_when_it_failed() {
        Action close = new Action.SetStatus(TicketStatus.CLOSED);
        RuleRun run = new RuleRun(new RuleId(7), "Close stale", new TicketId(42), "in_status_for",
                List.of(RuleRun.ActionResult.of(new ActionOutcome.Applied(new Action.SetPriority(Priority.LOW))),
                        RuleRun.ActionResult.of(new ActionOutcome.Failed(close, "INVALID_TRANSITION",
                                "cannot move a ticket from open to closed"))),
                UPDATED);

        RunResponse response = RunResponse.of(run);

        assertEquals(7, response.ruleId());
        assertEquals("Close stale", response.ruleName());
        assertEquals(42, response.ticketId());
        assertEquals("in_status_for", response.trigger());
        assertEquals(UPDATED, response.firedAt());
        assertEquals("set_priority", response.actions().get(0).action());
        assertEquals("applied", response.actions().get(0).outcome());
        assertNull(response.actions().get(0).code());
        assertNull(response.actions().get(0).reason());
        assertEquals("set_status", response.actions().get(1).action());
        assertEquals("failed", response.actions().get(1).outcome());
        assertEquals("INVALID_TRANSITION", response.actions().get(1).code());
        assertEquals("cannot move a ticket from open to closed", response.actions().get(1).reason());
    }

    @Test
    void a_dry_run_shows_every_condition_what_it_compared_and_whether_it_held() {
        Condition priority = new Condition.PriorityCondition(new Condition.Among<>(Operator.IN,
                Set.of(Priority.HIGH, Priority.URGENT)));
        Condition nobody = new Condition.AssigneeCondition(new Condition.Held<>(Operator.UNASSIGNED, Set.of()));
        Condition plan = new Condition.CustomFieldCondition("plan", Operator.IS, "gold");
        ConditionReport conditions = new ConditionReport(
                List.of(new ConditionReport.Line(priority, "medium", false),
                        new ConditionReport.Line(nobody, "none", true)),
                List.of(new ConditionReport.Line(plan, "gold", true)));

        TestResponse response = TestResponse.of(report(conditions, Optional.empty(),
                List.of(new ActionOutcome.Unchanged(new Action.SetPriority(Priority.URGENT)))));

        assertFalse(response.wouldFire());
        assertFalse(response.conditions().matches());
        ConditionLine first = response.conditions().all().get(0);
        assertEquals("priority", first.field());
        assertNull(first.key());
        assertEquals("in", first.operator());
        assertEquals("high, urgent", first.expected());
        assertEquals("medium", first.actual());
        assertFalse(first.holds());
        assertEquals("priority in [high, urgent]: was medium (does not hold)", first.description());
        ConditionLine second = response.conditions().all().get(1);
        assertEquals("unassigned", second.operator());
        assertNull(second.expected(), "unassigned compares with nothing");
        assertTrue(second.holds());
        ConditionLine custom = response.conditions().any().getFirst();
        assertEquals("custom_field", custom.field());
        assertEquals("plan", custom.key());
        assertNull(response.timing(), "an event rule has no timing");
        assertEquals("unchanged", response.actions().getFirst().outcome());
        assertEquals(Map.of("priority", "urgent"), response.after());
    }

    @Test
    void a_time_rules_timing_says_whether_its_period_has_come() {
        PeriodKey key = new PeriodKey(new RuleId(7), new TicketId(42), CREATED);

        TimingResponse qualifies = TimingResponse.of(new TimeQualification.Qualifies(key));
        assertEquals("qualifies", qualifies.state());
        assertTrue(qualifies.qualifies());
        assertEquals("rule-7/ticket-42/2026-03-02T09:00:00Z", qualifies.periodKey());
        assertNull(qualifies.dueAt());

        TimingResponse notYet = TimingResponse.of(new TimeQualification.NotYet(UPDATED));
        assertEquals("not_yet", notYet.state());
        assertFalse(notYet.qualifies());
        assertEquals(UPDATED, notYet.dueAt());

        TimingResponse elsewhere = TimingResponse.of(new TimeQualification.NotApplicable("the ticket is open"));
        assertEquals("not_applicable", elsewhere.state());
        assertEquals("the ticket is open", elsewhere.reason());

        TestResponse waiting = TestResponse.of(report(new ConditionReport(List.of(), List.of()),
                Optional.of(new TimeQualification.NotYet(UPDATED)), List.of()));
        assertTrue(waiting.conditions().matches());
        assertFalse(waiting.wouldFire(), "its conditions hold, but not for long enough yet");
    }

    private static StoredRule stored(long id, Map<String, Object> document) {
        RuleDefinition definition = RuleDefinition.parse(document).orElseThrow();
        return new StoredRule(new Rule(new RuleId(id), definition), document, new UserId(3), CREATED, UPDATED);
    }

    private static RuleTestReport report(ConditionReport conditions, Optional<TimeQualification> timing,
                                         List<ActionOutcome> actions) {
        RuleDefinition rule = RuleDefinition.parse(Map.of("name", "Dry", "trigger", Map.of("type", "ticket_created"),
                "actions", List.of(Map.of("type", "set_priority", "value", "urgent")))).orElseThrow();
        return new RuleTestReport(rule, conditions, timing, actions, Map.of("priority", "urgent"));
    }
}
