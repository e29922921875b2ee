package io.supportdesk.domain.automation;

import static io.supportdesk.domain.automation.RuleFixtures.facts;
import static io.supportdesk.domain.automation.RuleFixtures.hasTag;
import static io.supportdesk.domain.automation.RuleFixtures.priorityIs;
import static io.supportdesk.domain.automation.RuleFixtures.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportdesk.domain.DomainException;
import io.supportdesk.domain.TestClock;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.EmailAddress;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.SlaPolicy;
import io.supportdesk.domain.ticket.Tags;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketFixtures;
import io.supportdesk.domain.ticket.TicketStatus;
import io.supportdesk.domain.ticket.Workflow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AutomationPassTest {

    private static final TriggerEvent CREATED = new TriggerEvent.TicketCreated();
    private static final TriggerEvent UPDATED = new TriggerEvent.TicketUpdated();

    /** Applies priorities and tags to the facts alone; enough for the pass's own rules. */
    private static final RuleApplier ON_FACTS = (rule, facts) -> {
        TicketFacts current = facts;
        List<ActionOutcome> outcomes = new ArrayList<>();
        for (Action action : rule.actions()) {
            TicketFacts before = current;
            current = switch (action) {
                case Action.SetPriority set -> new TicketFacts(current.ticketId(), current.status(), set.priority(),
                        current.category(), current.team(), current.assignee(), current.tags(),
                        current.requesterEmail(), current.title(), current.description(), current.channel(),
                        current.customFields(), current.createdAt(), current.updatedAt(), current.statusChangedAt(),
                        current.closedAt(), current.lastCustomerReplyAt(), current.now());
                case Action.AddTags add -> {
                    List<String> tags = new ArrayList<>(current.tags().values());
                    tags.addAll(add.tags().values());
                    yield new TicketFacts(current.ticketId(), current.status(), current.priority(),
                            current.category(), current.team(), current.assignee(), Tags.of(tags),
                            current.requesterEmail(), current.title(), current.description(), current.channel(),
                            current.customFields(), current.createdAt(), current.updatedAt(),
                            current.statusChangedAt(), current.closedAt(), current.lastCustomerReplyAt(),
                            current.now());
                }
                default -> current;
            };
            outcomes.add(before.equals(current) ? new ActionOutcome.Unchanged(action)
                    : new ActionOutcome.Applied(action));
        }
        return new RuleApplier.Applied(current, outcomes);
    };

    private static Action tag(String tag) {
        return new Action.AddTags(Tags.of(tag));
    }

    private static List<Long> firedRules(AutomationPass.Result result) {
        return result.firings().stream().map(f -> f.rule().value()).toList();
    }

    @Test
    void rules_fire_in_position_order() {
        List<Rule> rules = List.of(
                rule(1, 20, new Trigger.TicketCreated(), Conditions.none(), tag("b")),
                rule(2, 10, new Trigger.TicketCreated(), Conditions.none(), tag("a")),
                rule(3, 10, new Trigger.TicketCreated(), Conditions.none(), tag("c")));

        AutomationPass.Result result = new AutomationPass().run(rules, CREATED, facts().withTags().build(), ON_FACTS);

        assertEquals(List.of(2L, 3L, 1L), firedRules(result), "position, then id");
        assertEquals(List.of("a", "c", "b"), result.facts().tags().values());
        assertEquals(AutomationPass.Ending.SETTLED, result.ending());
    }

    @Test
    void only_rules_whose_trigger_answers_and_whose_conditions_hold_fire() {
        List<Rule> rules = List.of(
                rule(1, 0, new Trigger.TicketCreated(), Conditions.all(priorityIs(Priority.HIGH)), tag("high")),
                rule(2, 1, new Trigger.StatusChanged(), Conditions.none(), tag("moved")),
                rule(3, 2, new Trigger.TicketCreated(), Conditions.all(priorityIs(Priority.MEDIUM)), tag("medium")));

        AutomationPass.Result result = new AutomationPass().run(rules, CREATED, facts().build(), ON_FACTS);

        assertEquals(List.of(3L), firedRules(result));
    }

    @Test
    void one_change_with_several_events_fires_each_answering_rule_once() {
        // A customer's reply that also moved the ticket out of waiting: a comment and a status change at once.
        List<TriggerEvent> reply = List.of(new TriggerEvent.CommentAdded(false, false),
                new TriggerEvent.StatusChanged(TicketStatus.WAITING_ON_CUSTOMER, TicketStatus.IN_PROGRESS));
        List<Rule> rules = List.of(
                rule(1, 0, Trigger.CommentAdded.any(), Conditions.none(), tag("replied")),
                rule(2, 1, new Trigger.StatusChanged(), Conditions.none(), tag("moved")),
                rule(3, 2, new Trigger.TicketCreated(), Conditions.none(), tag("new")));

        AutomationPass.Result result = new AutomationPass().run(rules, reply, facts().withTags().build(), ON_FACTS);

        assertEquals(List.of(1L, 2L), firedRules(result));
    }

    @Test
    void inactive_rules_never_fire() {
        Rule inactive = new Rule(new RuleId(1), new RuleDefinition(new RuleName("off"), false, 0,
                new Trigger.TicketCreated(), Conditions.none(), List.of(tag("off"))));

        AutomationPass.Result result = new AutomationPass().run(List.of(inactive), CREATED, facts().build(), ON_FACTS);

        assertTrue(result.firings().isEmpty());
    }

    @Test
    void a_rule_can_enable_a_later_rule_in_the_same_pass() {
        List<Rule> rules = List.of(
                rule(1, 0, new Trigger.TicketCreated(), Conditions.all(hasTag("vip")),
                        new Action.SetPriority(Priority.URGENT)),
                rule(2, 1, new Trigger.TicketCreated(), Conditions.all(priorityIs(Priority.URGENT)), tag("paged")));

        AutomationPass.Result result = new AutomationPass().run(rules, CREATED, facts().withTags("vip").build(),
                ON_FACTS);

        assertEquals(List.of(1L, 2L), firedRules(result));
        assertTrue(result.facts().tags().contains("paged"));
    }

    @Test
    void a_later_rule_can_enable_an_earlier_one_because_the_search_starts_again_from_the_top() {
        List<Rule> rules = List.of(
                rule(1, 0, new Trigger.TicketCreated(), Conditions.all(priorityIs(Priority.URGENT)), tag("paged")),
                rule(2, 1, new Trigger.TicketCreated(), Conditions.all(hasTag("vip")),
                        new Action.SetPriority(Priority.URGENT)));

        AutomationPass.Result result = new AutomationPass().run(rules, CREATED, facts().withTags("vip").build(),
                ON_FACTS);

        assertEquals(List.of(2L, 1L), firedRules(result));
    }

    @Test
    void a_rule_never_fires_twice_in_one_pass_even_if_it_still_matches() {
        Rule always = rule(1, 0, new Trigger.TicketUpdated(), Conditions.none(), new Action.SetPriority(Priority.HIGH));
        Rule flipper = rule(2, 1, new Trigger.TicketUpdated(), Conditions.all(priorityIs(Priority.HIGH)),
                new Action.SetPriority(Priority.LOW));

        AutomationPass.Result result = new AutomationPass().run(List.of(always, flipper), UPDATED, facts().build(),
                ON_FACTS);

        assertEquals(List.of(1L, 2L), firedRules(result));
        assertEquals(Priority.LOW, result.facts().priority());
        assertEquals(AutomationPass.Ending.SETTLED, result.ending());
    }

    @Test
    void the_pass_stops_at_the_cap_and_says_so() {
        List<Rule> rules = IntStream.rangeClosed(1, 25)
                .mapToObj(i -> rule(i, i, new Trigger.TicketCreated(), Conditions.none(), tag("t" + (i % 10))))
                .toList();

        AutomationPass.Result result = new AutomationPass().run(rules, CREATED, facts().withTags().build(), ON_FACTS);

        assertEquals(AutomationPass.MAX_FIRINGS, result.firings().size());
        assertEquals(IntStream.rangeClosed(1, 20).mapToObj(i -> (long) i).toList(), firedRules(result));
        assertEquals(AutomationPass.Ending.CAP_REACHED, result.ending());
    }

    @Test
    void exactly_as_many_firings_as_the_cap_is_settled_not_capped() {
        List<Rule> rules = IntStream.rangeClosed(1, 3)
                .mapToObj(i -> rule(i, i, new Trigger.TicketCreated(), Conditions.none(), tag("t" + i))).toList();

        AutomationPass.Result result = new AutomationPass(3).run(rules, CREATED, facts().withTags().build(), ON_FACTS);

        assertEquals(3, result.firings().size());
        assertEquals(AutomationPass.Ending.SETTLED, result.ending());
    }

    @Test
    void a_change_made_by_a_rule_wakes_the_ticket_updated_rules() {
        List<Rule> rules = List.of(
                rule(1, 0, new Trigger.TicketCreated(), Conditions.none(), new Action.SetPriority(Priority.HIGH)),
                rule(2, 1, new Trigger.TicketUpdated(), Conditions.all(priorityIs(Priority.HIGH)), tag("noticed")));

        AutomationPass.Result result = new AutomationPass().run(rules, CREATED, facts().build(), ON_FACTS);

        assertEquals(List.of(1L, 2L), firedRules(result));
    }

    @Test
    void a_firing_that_changed_nothing_does_not_wake_the_ticket_updated_rules() {
        List<Rule> rules = List.of(
                rule(1, 0, new Trigger.TicketCreated(), Conditions.none(), new Action.SetPriority(Priority.MEDIUM)),
                rule(2, 1, new Trigger.TicketUpdated(), Conditions.none(), tag("noticed")));

        AutomationPass.Result result = new AutomationPass().run(rules, CREATED, facts().build(), ON_FACTS);

        assertEquals(List.of(1L), firedRules(result));
        assertInstanceOf(ActionOutcome.Unchanged.class, result.firings().getFirst().outcomes().getFirst());
    }

    @Test
    void a_status_move_the_workflow_refuses_is_recorded_as_failed_and_the_other_actions_still_apply() {
        TestClock clock = TicketFixtures.clockAtT0();
        Ticket ticket = TicketFixtures.aTicket().withClock(clock).inStatus(TicketStatus.CLOSED).build();
        EmailAddress requester = new EmailAddress("ada@example.com");
        // Applies through the aggregate, as the application will: the workflow decides, a refusal becomes an outcome.
        RuleApplier throughTheTicket = (rule, facts) -> {
            List<ActionOutcome> outcomes = new ArrayList<>();
            for (Action action : rule.actions()) {
                try {
                    switch (action) {
                        case Action.SetStatus set -> ticket.moveTo(set.status(), Actor.system(), Workflow.standard(),
                                clock);
                        case Action.SetPriority set -> ticket.changePriority(set.priority(),
                                SlaPolicy.defaults().targetsFor(set.priority(), facts.category()), Actor.system(),
                                clock);
                        default -> throw new UnsupportedOperationException(action.code());
                    }
                    outcomes.add(new ActionOutcome.Applied(action));
                } catch (DomainException refused) {
                    outcomes.add(ActionOutcome.Failed.because(action, refused));
                }
            }
            return new RuleApplier.Applied(TicketFacts.of(ticket.snapshot(), requester, facts.statusChangedAt(),
                    Optional.empty(), clock.instant()), outcomes);
        };
        Rule rule = rule(1, 0, new Trigger.TicketUpdated(), Conditions.none(),
                new Action.SetStatus(TicketStatus.IN_PROGRESS), new Action.SetPriority(Priority.URGENT));
        TicketFacts before = TicketFacts.of(ticket.snapshot(), requester, clock.instant(), Optional.empty(),
                clock.instant());

        AutomationPass.Result result = new AutomationPass().run(List.of(rule), UPDATED, before, throughTheTicket);

        Firing firing = result.firings().getFirst();
        ActionOutcome.Failed failed = assertInstanceOf(ActionOutcome.Failed.class, firing.outcomes().get(0));
        assertEquals(new Action.SetStatus(TicketStatus.IN_PROGRESS), failed.action());
        assertEquals("INVALID_TRANSITION", failed.code());
        assertInstanceOf(ActionOutcome.Applied.class, firing.outcomes().get(1));
        assertEquals(List.of(failed), firing.failures());
        assertEquals(TicketStatus.CLOSED, result.facts().status());
        assertEquals(Priority.URGENT, result.facts().priority());
    }
}
