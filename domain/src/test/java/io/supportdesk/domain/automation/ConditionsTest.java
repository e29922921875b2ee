package io.supportdesk.domain.automation;

import static io.supportdesk.domain.automation.RuleFixtures.facts;
import static io.supportdesk.domain.automation.RuleFixtures.hasTag;
import static io.supportdesk.domain.automation.RuleFixtures.priorityIs;
import static io.supportdesk.domain.automation.RuleFixtures.statusIs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.TicketStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionsTest {

    private final TicketFacts openHighVip = facts().withStatus(TicketStatus.OPEN).withPriority(Priority.HIGH)
            .withTags("vip").build();

    @Test
    void no_conditions_hold_for_every_ticket() {
        assertTrue(Conditions.none().holdFor(openHighVip));
    }

    @Test
    void all_needs_every_condition() {
        assertTrue(Conditions.all(statusIs(TicketStatus.OPEN), priorityIs(Priority.HIGH)).holdFor(openHighVip));
        assertFalse(Conditions.all(statusIs(TicketStatus.OPEN), priorityIs(Priority.LOW)).holdFor(openHighVip));
    }

    @Test
    void any_needs_at_least_one_condition() {
        assertTrue(Conditions.any(priorityIs(Priority.LOW), hasTag("vip")).holdFor(openHighVip));
        assertFalse(Conditions.any(priorityIs(Priority.LOW), hasTag("billing")).holdFor(openHighVip));
    }

    @Test
    void an_empty_any_holds_and_leaves_the_verdict_to_all() {
        assertTrue(new Conditions(List.of(statusIs(TicketStatus.OPEN)), List.of()).holdFor(openHighVip));
        assertFalse(new Conditions(List.of(statusIs(TicketStatus.CLOSED)), List.of()).holdFor(openHighVip));
    }

    @Test
    void all_and_any_must_both_hold() {
        Conditions conditions = new Conditions(List.of(statusIs(TicketStatus.OPEN)),
                List.of(priorityIs(Priority.URGENT), hasTag("vip")));
        assertTrue(conditions.holdFor(openHighVip));
        assertFalse(conditions.holdFor(facts().withStatus(TicketStatus.OPEN).withTags("billing").build()));
        assertFalse(conditions.holdFor(facts().withStatus(TicketStatus.ON_HOLD).withTags("vip").build()));
    }

    @Test
    void the_report_explains_every_condition_even_after_one_fails() {
        Conditions conditions = new Conditions(List.of(statusIs(TicketStatus.CLOSED), priorityIs(Priority.HIGH)),
                List.of(hasTag("billing"), hasTag("vip")));

        ConditionReport report = conditions.explain(openHighVip);

        assertEquals(List.of(false, true), report.all().stream().map(ConditionReport.Line::holds).toList());
        assertEquals(List.of(false, true), report.any().stream().map(ConditionReport.Line::holds).toList());
        assertFalse(report.matches());
        assertEquals("status is [closed]: was open (does not hold)", report.all().getFirst().describe());
        assertEquals("open", report.all().getFirst().actual());
    }

    @Test
    void the_report_agrees_with_the_verdict() {
        Conditions conditions = new Conditions(List.of(statusIs(TicketStatus.OPEN)), List.of(hasTag("vip")));
        assertTrue(conditions.explain(openHighVip).matches());
        assertEquals(conditions.holdFor(openHighVip), conditions.explain(openHighVip).matches());
    }
}
