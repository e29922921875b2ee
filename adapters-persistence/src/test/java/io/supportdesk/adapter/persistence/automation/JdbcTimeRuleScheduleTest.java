package io.supportdesk.adapter.persistence.automation;

import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.supportdesk.adapter.persistence.testing.TestRows;
import io.supportdesk.application.automation.StoredRule;
import io.supportdesk.domain.automation.PeriodKey;
import io.supportdesk.domain.automation.RuleDefinition;
import io.supportdesk.domain.automation.RuleId;
import io.supportdesk.domain.automation.TimeQualification;
import io.supportdesk.domain.automation.Trigger;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketStatus;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sweep's candidate query held to the domain: for every ticket of a set built to sit on each edge, the ticket is
 * a candidate exactly when {@link Trigger.TimeTrigger#qualification} — asked with the facts read back from the
 * database through {@link JdbcAutomationFacts} — says it qualifies and its period has not fired for the rule.
 *
 * <p>The database is shared and nothing rolls back: the tickets here lie in 2005 (other tests' tickets are newer, so
 * never in a period that old) and every question looks only at them. The rules are inactive and deleted afterwards.
 */
@AdapterTest
class JdbcTimeRuleScheduleTest {

    /** Whole seconds; the edges are a microsecond either side, what PostgreSQL timestamps keep. */
    private static final Instant NOW = Instant.parse("2005-06-01T12:00:00Z");
    private static final Duration MICROSECOND = Duration.ofNanos(1_000);

    private static final Trigger.InStatusFor WAITING_48H = new Trigger.InStatusFor(TicketStatus.WAITING_ON_CUSTOMER,
            48);
    private static final Trigger.NoCustomerReplyFor SILENT_24H = new Trigger.NoCustomerReplyFor(24);
    private static final Trigger.InStatusFor CLOSED_1H = new Trigger.InStatusFor(TicketStatus.CLOSED, 1);
    private static final Trigger.InStatusFor RESOLVED_1H = new Trigger.InStatusFor(TicketStatus.RESOLVED, 1);

    @Inject
    JdbcTimeRuleSchedule schedule;
    @Inject
    JdbcAutomationFacts facts;
    @Inject
    JdbcAutomationRuleRepository rules;
    @Inject
    TestRows rows;

    @Inject
    TicketsOverTime scene;
    /** The rule of each trigger; a second rule with the waiting trigger, whose periods fire apart from the first's. */
    private final Map<Trigger.TimeTrigger, RuleId> ruleOf = new LinkedHashMap<>();
    private RuleId otherWaitingRule;
    /** Every ticket of the set, by what it shows. */
    private final Map<String, TicketId> set = new LinkedHashMap<>();
    private final Set<PeriodKey> fired = new HashSet<>();

    private static Instant ago(Duration duration) {
        return NOW.minus(duration);
    }

    private static Instant hoursAgo(long hours) {
        return ago(Duration.ofHours(hours));
    }

    @BeforeAll
    void aSetOfTicketsOnEveryEdge() {
        for (Trigger.TimeTrigger trigger : List.of(WAITING_48H, SILENT_24H, CLOSED_1H, RESOLVED_1H)) {
            ruleOf.put(trigger, aRule(trigger));
        }
        otherWaitingRule = aRule(WAITING_48H);

        TicketStatus open = TicketStatus.OPEN;
        TicketStatus inProgress = TicketStatus.IN_PROGRESS;
        TicketStatus waiting = TicketStatus.WAITING_ON_CUSTOMER;

        waitingSince("waiting exactly 48 hours", hoursAgo(48));
        waitingSince("waiting 48 hours less a microsecond", hoursAgo(48).plus(MICROSECOND));
        waitingSince("waiting 48 hours and a microsecond", hoursAgo(48).minus(MICROSECOND));
        waitingSince("waiting a day", hoursAgo(24));

        TicketId busy = add("in progress for days", scene.ticket(inProgress, hoursAgo(200)));
        scene.moved(busy, open, inProgress, hoursAgo(100));

        TicketId restarted = add("waiting again since a newer status change", scene.ticket(waiting, hoursAgo(200)));
        scene.moved(restarted, inProgress, waiting, hoursAgo(90));
        scene.moved(restarted, waiting, inProgress, hoursAgo(80));
        scene.moved(restarted, inProgress, waiting, hoursAgo(10));

        add("waiting since creation, never moved", scene.ticket(waiting, hoursAgo(60)));

        TicketId firedNow = waitingSince("waiting, its period fired already", hoursAgo(50));
        fire(ruleOf.get(WAITING_48H), firedNow, hoursAgo(50));

        TicketId firedBefore = add("waiting, an earlier period fired", scene.ticket(waiting, hoursAgo(300)));
        scene.moved(firedBefore, inProgress, waiting, hoursAgo(200));
        fire(ruleOf.get(WAITING_48H), firedBefore, hoursAgo(200));
        scene.moved(firedBefore, waiting, inProgress, hoursAgo(60));
        scene.moved(firedBefore, inProgress, waiting, hoursAgo(49));

        TicketId closed = add("closed long ago", scene.ticket(TicketStatus.CLOSED, hoursAgo(500)));
        scene.moved(closed, TicketStatus.RESOLVED, TicketStatus.CLOSED, hoursAgo(400));
        TicketId resolved = add("resolved long ago", scene.ticket(TicketStatus.RESOLVED, hoursAgo(500)));
        scene.moved(resolved, inProgress, TicketStatus.RESOLVED, hoursAgo(400));

        add("open, silent since creation", scene.ticket(open, hoursAgo(30)));
        add("open, created a day less a microsecond ago", scene.ticket(open, hoursAgo(24).plus(MICROSECOND)));
        replied("open, the customer wrote recently", hoursAgo(10));
        replied("open, the customer wrote exactly a day ago", hoursAgo(24));
        replied("open, the customer wrote a day less a microsecond ago", hoursAgo(24).plus(MICROSECOND));
        TicketId staff = replied("open, staff wrote since the customer", hoursAgo(30));
        scene.agentWrote(staff, false, hoursAgo(1));
        scene.agentWrote(staff, true, hoursAgo(2));
        TicketId silentFired = add("open, silent, its silence fired already", scene.ticket(open, hoursAgo(40)));
        fire(ruleOf.get(SILENT_24H), silentFired, hoursAgo(40));
    }

    @AfterAll
    void deleteTheRules() {
        ruleOf.values().forEach(rules::delete);
        rules.delete(otherWaitingRule);
    }

    private RuleId aRule(Trigger.TimeTrigger trigger) {
        Map<String, Object> type = new LinkedHashMap<>();
        type.put("type", trigger.code());
        if (trigger instanceof Trigger.InStatusFor inStatus) {
            type.put("status", inStatus.status().code());
        }
        type.put("hours", trigger.hours());
        Map<String, Object> document = Map.of("name", "Sweep test " + trigger.code(), "active", false,
                "trigger", type, "actions", List.of(Map.of("type", "add_tags", "value", List.of("swept"))));
        StoredRule stored = rules.add(RuleDefinition.parse(document).orElseThrow(), document,
                rows.user(Role.ADMIN), NOW);
        return stored.id();
    }

    private TicketId add(String name, TicketId ticket) {
        set.put(name, ticket);
        return ticket;
    }

    private TicketId waitingSince(String name, Instant since) {
        TicketId ticket = add(name, scene.ticket(TicketStatus.WAITING_ON_CUSTOMER, hoursAgo(400)));
        scene.moved(ticket, TicketStatus.IN_PROGRESS, TicketStatus.WAITING_ON_CUSTOMER, since);
        return ticket;
    }

    private TicketId replied(String name, Instant at) {
        TicketId ticket = add(name, scene.ticket(TicketStatus.OPEN, hoursAgo(100)));
        scene.customerWrote(ticket, at);
        return ticket;
    }

    private void fire(RuleId rule, TicketId ticket, Instant periodStart) {
        PeriodKey key = new PeriodKey(rule, ticket, periodStart);
        assertTrue(schedule.markFired(key, NOW));
        fired.add(key);
    }

    /** Our tickets among the candidates, in the order given. */
    private List<TicketId> candidates(RuleId rule, Trigger.TimeTrigger trigger, Instant now) {
        long first = set.values().stream().mapToLong(TicketId::value).min().orElseThrow();
        return schedule.candidates(rule.value(), trigger, now, Optional.of(new TicketId(first - 1)), 10_000).stream()
                .filter(set::containsValue).toList();
    }

    private List<String> names(List<TicketId> ids) {
        return set.entrySet().stream().filter(entry -> ids.contains(entry.getValue())).map(Map.Entry::getKey).toList();
    }

    /** What the domain says of each ticket, on the facts the database gives. */
    private TimeQualification domain(RuleId rule, Trigger.TimeTrigger trigger, TicketId ticket, Instant now) {
        return trigger.qualification(rule, scene.facts(ticket, facts.contextOf(ticket).orElseThrow(), now));
    }

    private void assertTheQueryAgreesWithTheDomain(RuleId rule, Trigger.TimeTrigger trigger, Instant now) {
        List<TicketId> candidates = candidates(rule, trigger, now);
        List<String> disagreements = new ArrayList<>();
        set.forEach((name, ticket) -> {
            TimeQualification qualification = domain(rule, trigger, ticket, now);
            boolean due = qualification instanceof TimeQualification.Qualifies qualifies
                    && !fired.contains(qualifies.key());
            if (due != candidates.contains(ticket)) {
                disagreements.add(name + ": the domain says " + qualification + (due ? "" : " (or fired)")
                        + ", the query " + (candidates.contains(ticket) ? "includes it" : "leaves it out"));
            }
        });
        assertTrue(disagreements.isEmpty(), trigger + " at " + now + ": " + disagreements);
    }

    @Test
    void the_candidates_are_exactly_the_tickets_the_domain_qualifies_whose_period_has_not_fired() {
        List<Instant> moments = List.of(NOW, NOW.plusNanos(999), NOW.minus(MICROSECOND), NOW.plus(Duration.ofHours(1)),
                NOW.plus(Duration.ofDays(30)));
        for (Instant now : moments) {
            ruleOf.forEach((trigger, rule) -> assertTheQueryAgreesWithTheDomain(rule, trigger, now));
            assertTheQueryAgreesWithTheDomain(otherWaitingRule, WAITING_48H, now);
        }
    }

    @Test
    void in_status_for_counts_from_the_last_status_change_and_qualifies_at_exactly_the_threshold() {
        assertEquals(List.of("waiting exactly 48 hours", "waiting 48 hours and a microsecond",
                "waiting since creation, never moved", "waiting, an earlier period fired"),
                names(candidates(ruleOf.get(WAITING_48H), WAITING_48H, NOW)));
        assertEquals(List.of("waiting exactly 48 hours", "waiting 48 hours less a microsecond",
                "waiting 48 hours and a microsecond", "waiting since creation, never moved",
                "waiting, an earlier period fired"),
                names(candidates(ruleOf.get(WAITING_48H), WAITING_48H, NOW.plus(MICROSECOND))));
    }

    @Test
    void a_period_fired_for_one_rule_is_still_due_for_another_rule_with_the_same_trigger() {
        assertTrue(names(candidates(otherWaitingRule, WAITING_48H, NOW)).contains("waiting, its period fired already"));
        assertFalse(names(candidates(ruleOf.get(WAITING_48H), WAITING_48H, NOW))
                .contains("waiting, its period fired already"));
    }

    @Test
    void no_customer_reply_for_counts_from_the_customers_last_word_on_open_tickets_only() {
        assertEquals(List.of("waiting exactly 48 hours", "waiting 48 hours less a microsecond",
                "waiting 48 hours and a microsecond", "waiting a day", "in progress for days",
                "waiting again since a newer status change", "waiting since creation, never moved",
                "waiting, its period fired already", "waiting, an earlier period fired",
                "open, silent since creation", "open, the customer wrote exactly a day ago",
                "open, staff wrote since the customer"),
                names(candidates(ruleOf.get(SILENT_24H), SILENT_24H, NOW)));
    }

    @Test
    void a_closed_ticket_is_never_a_candidate_but_a_resolved_one_may_be_for_its_status() {
        assertInstanceOf(TimeQualification.NotApplicable.class,
                domain(ruleOf.get(CLOSED_1H), CLOSED_1H, set.get("closed long ago"), NOW));
        assertTrue(candidates(ruleOf.get(CLOSED_1H), CLOSED_1H, NOW).isEmpty());
        assertEquals(List.of("resolved long ago"), names(candidates(ruleOf.get(RESOLVED_1H), RESOLVED_1H, NOW)));
    }

    @Test
    void candidates_come_in_pages_by_id_after_the_last_one_seen() {
        List<TicketId> all = candidates(ruleOf.get(SILENT_24H), SILENT_24H, NOW);
        long first = set.values().stream().mapToLong(TicketId::value).min().orElseThrow();
        List<TicketId> paged = new ArrayList<>();
        Optional<TicketId> after = Optional.of(new TicketId(first - 1));
        for (List<TicketId> page = schedule.candidates(ruleOf.get(SILENT_24H).value(), SILENT_24H, NOW, after, 2);
                !page.isEmpty();
                page = schedule.candidates(ruleOf.get(SILENT_24H).value(), SILENT_24H, NOW, after, 2)) {
            assertTrue(page.size() <= 2);
            paged.addAll(page);
            after = Optional.of(page.getLast());
        }

        assertEquals(all, paged.stream().filter(set::containsValue).toList());
        assertEquals(all.stream().sorted((a, b) -> Long.compare(a.value(), b.value())).toList(), all, "by id");
    }

    @Test
    void a_period_is_marked_fired_once_and_another_period_of_the_same_ticket_again() {
        TicketId ticket = scene.ticket(TicketStatus.WAITING_ON_CUSTOMER, hoursAgo(100));
        RuleId rule = ruleOf.get(WAITING_48H);
        PeriodKey period = new PeriodKey(rule, ticket, hoursAgo(100));

        assertTrue(schedule.markFired(period, NOW));
        assertFalse(schedule.markFired(period, NOW.plusSeconds(60)), "the same period fires once");
        assertTrue(schedule.markFired(new PeriodKey(rule, ticket, hoursAgo(10)), NOW), "a new period");
        assertTrue(schedule.markFired(new PeriodKey(otherWaitingRule, ticket, hoursAgo(100)), NOW), "another rule");
    }
}
