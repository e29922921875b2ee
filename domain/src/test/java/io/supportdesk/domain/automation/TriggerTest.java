package io.supportdesk.domain.automation;

import static io.supportdesk.domain.automation.RuleFixtures.T0;
import static io.supportdesk.domain.automation.RuleFixtures.facts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportdesk.domain.sla.SlaClockKind;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TriggerTest {

    private static final TriggerEvent CREATED = new TriggerEvent.TicketCreated();
    private static final TriggerEvent UPDATED = new TriggerEvent.TicketUpdated();
    private static final TriggerEvent STATUS = new TriggerEvent.StatusChanged(TicketStatus.OPEN, TicketStatus.CLOSED);
    private static final TriggerEvent CUSTOMER_REPLY = new TriggerEvent.CommentAdded(false, false);
    private static final TriggerEvent STAFF_REPLY = new TriggerEvent.CommentAdded(false, true);
    private static final TriggerEvent INTERNAL_NOTE = new TriggerEvent.CommentAdded(true, true);
    private static final RuleId RULE = new RuleId(5);

    @Test
    void ticket_created_answers_only_creation() {
        assertTrue(new Trigger.TicketCreated().firesOn(CREATED));
        assertFalse(new Trigger.TicketCreated().firesOn(UPDATED));
    }

    @Test
    void ticket_updated_answers_every_change_of_an_existing_ticket_but_not_creation_or_sla() {
        Trigger.TicketUpdated updated = new Trigger.TicketUpdated();
        assertTrue(updated.firesOn(UPDATED));
        assertTrue(updated.firesOn(STATUS));
        assertTrue(updated.firesOn(CUSTOMER_REPLY));
        assertFalse(updated.firesOn(CREATED));
        assertFalse(updated.firesOn(new TriggerEvent.SlaBreached(SlaClockKind.RESOLUTION)));
    }

    @Test
    void status_changed_answers_status_changes_only() {
        assertTrue(new Trigger.StatusChanged().firesOn(STATUS));
        assertFalse(new Trigger.StatusChanged().firesOn(UPDATED));
    }

    @Test
    void comment_added_filters_by_visibility_and_author() {
        Trigger.CommentAdded any = Trigger.CommentAdded.any();
        Trigger.CommentAdded publicOnes = new Trigger.CommentAdded(Trigger.CommentVisibility.PUBLIC,
                Trigger.CommentAuthor.ANY);
        Trigger.CommentAdded internal = new Trigger.CommentAdded(Trigger.CommentVisibility.INTERNAL,
                Trigger.CommentAuthor.ANY);
        Trigger.CommentAdded byCustomer = new Trigger.CommentAdded(Trigger.CommentVisibility.ANY,
                Trigger.CommentAuthor.CUSTOMER);
        Trigger.CommentAdded byStaff = new Trigger.CommentAdded(Trigger.CommentVisibility.ANY,
                Trigger.CommentAuthor.STAFF);

        assertTrue(any.firesOn(CUSTOMER_REPLY) && any.firesOn(STAFF_REPLY) && any.firesOn(INTERNAL_NOTE));
        assertFalse(any.firesOn(UPDATED));
        assertTrue(publicOnes.firesOn(CUSTOMER_REPLY) && publicOnes.firesOn(STAFF_REPLY));
        assertFalse(publicOnes.firesOn(INTERNAL_NOTE));
        assertTrue(internal.firesOn(INTERNAL_NOTE));
        assertFalse(internal.firesOn(STAFF_REPLY));
        assertTrue(byCustomer.firesOn(CUSTOMER_REPLY));
        assertFalse(byCustomer.firesOn(STAFF_REPLY) || byCustomer.firesOn(INTERNAL_NOTE));
        assertTrue(byStaff.firesOn(STAFF_REPLY) && byStaff.firesOn(INTERNAL_NOTE));
        assertFalse(byStaff.firesOn(CUSTOMER_REPLY));
    }

    @Test
    void sla_triggers_filter_by_clock_when_told() {
        TriggerEvent riskFirst = new TriggerEvent.SlaAtRisk(SlaClockKind.FIRST_RESPONSE);
        TriggerEvent breachResolution = new TriggerEvent.SlaBreached(SlaClockKind.RESOLUTION);
        assertTrue(new Trigger.SlaAtRisk(Optional.empty()).firesOn(riskFirst));
        assertTrue(new Trigger.SlaAtRisk(Optional.of(SlaClockKind.FIRST_RESPONSE)).firesOn(riskFirst));
        assertFalse(new Trigger.SlaAtRisk(Optional.of(SlaClockKind.RESOLUTION)).firesOn(riskFirst));
        assertFalse(new Trigger.SlaAtRisk(Optional.empty()).firesOn(breachResolution));
        assertTrue(new Trigger.SlaBreached(Optional.empty()).firesOn(breachResolution));
        assertFalse(new Trigger.SlaBreached(Optional.of(SlaClockKind.FIRST_RESPONSE)).firesOn(breachResolution));
    }

    // ---- time-based

    @Test
    void in_status_for_qualifies_at_exactly_n_hours_and_not_a_second_before() {
        Trigger.InStatusFor waiting48 = new Trigger.InStatusFor(TicketStatus.WAITING_ON_CUSTOMER, 48);
        Instant changed = T0.plus(Duration.ofHours(2));
        Instant due = changed.plus(Duration.ofHours(48));

        TimeQualification early = waiting48.qualification(RULE, facts().withStatus(TicketStatus.WAITING_ON_CUSTOMER)
                .statusChangedAt(changed).at(due.minusSeconds(1)).build());
        TimeQualification exactly = waiting48.qualification(RULE, facts()
                .withStatus(TicketStatus.WAITING_ON_CUSTOMER).statusChangedAt(changed).at(due).build());

        assertEquals(new TimeQualification.NotYet(due), early);
        assertEquals(new TimeQualification.Qualifies(new PeriodKey(RULE, new TicketId(42), changed)), exactly);
    }

    @Test
    void in_status_for_does_not_apply_in_another_status() {
        TimeQualification other = new Trigger.InStatusFor(TicketStatus.ON_HOLD, 1).qualification(RULE,
                facts().withStatus(TicketStatus.OPEN).hoursLater(100).build());
        assertEquals(new TimeQualification.NotApplicable("the ticket is open, not on_hold"), other);
    }

    @Test
    void a_new_status_period_has_a_new_key_so_the_rule_may_fire_again() {
        Trigger.InStatusFor onHold = new Trigger.InStatusFor(TicketStatus.ON_HOLD, 1);
        TimeQualification first = onHold.qualification(RULE, facts().withStatus(TicketStatus.ON_HOLD).hoursLater(5)
                .build());
        TimeQualification sameLater = onHold.qualification(RULE, facts().withStatus(TicketStatus.ON_HOLD)
                .hoursLater(9).build());
        TimeQualification afterAnotherChange = onHold.qualification(RULE, facts().withStatus(TicketStatus.ON_HOLD)
                .statusChangedAt(T0.plus(Duration.ofHours(6))).hoursLater(9).build());

        PeriodKey key = assertInstanceOf(TimeQualification.Qualifies.class, first).key();
        assertEquals(first, sameLater, "the same period keeps its key however long it lasts");
        assertNotEquals(key, assertInstanceOf(TimeQualification.Qualifies.class, afterAnotherChange).key());
        assertEquals("rule-5/ticket-42/2025-03-03T09:00:00Z", key.value());
    }

    @Test
    void a_closed_ticket_never_qualifies_even_for_a_rule_waiting_on_closed() {
        TimeQualification closed = new Trigger.InStatusFor(TicketStatus.CLOSED, 1).qualification(RULE,
                facts().withStatus(TicketStatus.CLOSED).hoursLater(100).build());
        assertEquals(new TimeQualification.NotApplicable("the ticket is closed"), closed);
        assertInstanceOf(TimeQualification.Qualifies.class, new Trigger.InStatusFor(TicketStatus.RESOLVED, 1)
                .qualification(RULE, facts().withStatus(TicketStatus.RESOLVED).hoursLater(100).build()),
                "resolved is not final: \"resolved for 72 hours, close it\" is a rule desks keep");
    }

    @Test
    void customer_silence_counts_on_open_tickets_only() {
        Trigger.NoCustomerReplyFor silent24 = new Trigger.NoCustomerReplyFor(24);
        for (TicketStatus finished : new TicketStatus[] {TicketStatus.RESOLVED, TicketStatus.CLOSED}) {
            assertInstanceOf(TimeQualification.NotApplicable.class, silent24.qualification(RULE,
                    facts().withStatus(finished).hoursLater(100).build()), finished::code);
        }
        assertInstanceOf(TimeQualification.Qualifies.class, silent24.qualification(RULE,
                facts().withStatus(TicketStatus.WAITING_ON_CUSTOMER).hoursLater(100).build()));
    }

    @Test
    void no_customer_reply_counts_from_the_last_reply_or_from_creation() {
        Trigger.NoCustomerReplyFor silent24 = new Trigger.NoCustomerReplyFor(24);
        Instant reply = T0.plus(Duration.ofHours(10));

        assertEquals(new TimeQualification.Qualifies(new PeriodKey(RULE, new TicketId(42), T0)),
                silent24.qualification(RULE, facts().hoursLater(24).build()));
        assertEquals(new TimeQualification.NotYet(reply.plus(Duration.ofHours(24))),
                silent24.qualification(RULE, facts().lastCustomerReplyAt(reply).hoursLater(33).build()));
        assertEquals(new TimeQualification.Qualifies(new PeriodKey(RULE, new TicketId(42), reply)),
                silent24.qualification(RULE, facts().lastCustomerReplyAt(reply).hoursLater(34).build()));
    }

    @Test
    void a_rule_answers_the_time_question_only_if_its_trigger_is_time_based() {
        Rule timed = RuleFixtures.rule(5, 0, new Trigger.NoCustomerReplyFor(1), Conditions.none(),
                new Action.AddTags(io.supportdesk.domain.ticket.Tags.of("stale")));
        Rule onEvent = RuleFixtures.rule(6, 0, new Trigger.TicketCreated(), Conditions.none(),
                new Action.AddTags(io.supportdesk.domain.ticket.Tags.of("new")));
        TicketFacts ticket = facts().hoursLater(2).build();

        assertInstanceOf(TimeQualification.Qualifies.class, timed.timeQualification(ticket));
        assertInstanceOf(TimeQualification.NotApplicable.class, onEvent.timeQualification(ticket));
    }

    @Test
    void a_time_based_rule_fires_on_its_own_period_event_and_nothing_else() {
        Rule timed = RuleFixtures.rule(5, 0, new Trigger.NoCustomerReplyFor(1), Conditions.none(),
                new Action.AddTags(io.supportdesk.domain.ticket.Tags.of("stale")));
        PeriodKey key = new PeriodKey(new RuleId(5), new TicketId(42), T0);
        assertTrue(timed.firesOn(new TriggerEvent.PeriodReached(new RuleId(5), key)));
        assertFalse(timed.firesOn(new TriggerEvent.PeriodReached(new RuleId(6), key)));
        assertFalse(timed.firesOn(UPDATED));
    }

    @Test
    void hours_must_be_positive_and_at_most_a_year() {
        RuleViolation zero = org.junit.jupiter.api.Assertions.assertThrows(RuleViolation.class,
                () -> new Trigger.NoCustomerReplyFor(0));
        assertEquals("trigger.hours", zero.field());
        org.junit.jupiter.api.Assertions.assertThrows(RuleViolation.class,
                () -> new Trigger.InStatusFor(TicketStatus.OPEN, 24 * 365 + 1));
        assertEquals(24 * 365, new Trigger.InStatusFor(TicketStatus.OPEN, 24 * 365).hours());
    }
}
