package io.supportdesk.application.automation;

import io.supportdesk.application.automation.RuleRun.ActionResult;
import io.supportdesk.application.automation.port.out.AutomationRuleRepository;
import io.supportdesk.application.automation.port.out.AutomationRuns;
import io.supportdesk.domain.automation.RuleDefinition;
import io.supportdesk.domain.automation.RuleId;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.TicketId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every {@link AutomationRuns} must do; extended by the in-memory fake's test and the JDBC adapter's test. The
 * store is shared and nothing rolls back: a test adds its own (inactive) rules, deletes them — and with them their
 * runs — afterwards, and reads only their runs. The runs it forgets lie in 1971, before every other test's.
 */
public abstract class AutomationRunsContract {

    /** Whole microseconds: what PostgreSQL timestamps keep. */
    protected static final Instant NOW = Instant.parse("2026-03-02T09:00:00.123456Z");
    private static final ActionResult APPLIED = new ActionResult("set_priority", "applied", Optional.empty(),
            Optional.empty());
    private static final ActionResult UNCHANGED = new ActionResult("add_tags", "unchanged", Optional.empty(),
            Optional.empty());
    private static final ActionResult FAILED = new ActionResult("set_status", "failed",
            Optional.of("INVALID_TRANSITION"), Optional.of("a closed ticket cannot move to in_progress"));

    protected abstract AutomationRuns runs();

    /** The rules of the same store. */
    protected abstract AutomationRuleRepository rules();

    /** Someone who exists in the store and may save rules. */
    protected abstract UserId anAdministrator();

    /** A ticket that exists in the store. */
    protected abstract TicketId aTicket();

    private final List<RuleId> ours = new ArrayList<>();
    private RuleId rule;
    private TicketId ticket;

    @BeforeEach
    void aRuleAndATicket() {
        rule = aRule("Escalate");
        ticket = aTicket();
    }

    @AfterEach
    void deleteOurRulesWithTheirRuns() {
        ours.forEach(rules()::delete);
        ours.clear();
    }

    private RuleId aRule(String name) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("name", name);
        document.put("active", false);
        document.put("trigger", Map.of("type", "ticket_created"));
        document.put("actions", List.of(Map.of("type", "set_priority", "value", "urgent")));
        RuleId id = rules().add(RuleDefinition.parse(document).orElseThrow(), document, anAdministrator(), NOW).id();
        ours.add(id);
        return id;
    }

    private RuleRun aRun(RuleId of, Instant firedAt, ActionResult... actions) {
        return new RuleRun(of, "Escalate", ticket, "ticket_created", List.of(actions), firedAt);
    }

    @Test
    void recorded_runs_read_back_newest_first_with_every_action_outcome_intact() {
        RuleRun first = aRun(rule, NOW, APPLIED);
        RuleRun second = new RuleRun(rule, "Escalate", aTicket(), "in_status_for", List.of(APPLIED, FAILED, UNCHANGED),
                NOW.plusSeconds(60));
        RuleRun third = aRun(rule, NOW.plusSeconds(120), UNCHANGED);

        runs().record(List.of(first, second, third));

        assertEquals(List.of(third, second, first), runs().ofRule(rule, 10));
    }

    @Test
    void the_limit_keeps_the_newest() {
        RuleRun older = aRun(rule, NOW, APPLIED);
        RuleRun newer = aRun(rule, NOW.plusSeconds(1), APPLIED);
        RuleRun newest = aRun(rule, NOW.plusSeconds(2), APPLIED);
        runs().record(List.of(newest, older));
        runs().record(List.of(newer));

        assertEquals(List.of(newest, newer), runs().ofRule(rule, 2));
        assertEquals(List.of(newest), runs().ofRule(rule, 1));
    }

    @Test
    void runs_of_the_same_instant_list_the_last_recorded_first() {
        RuleRun a = aRun(rule, NOW, APPLIED);
        RuleRun b = aRun(rule, NOW, FAILED);
        RuleRun c = aRun(rule, NOW, UNCHANGED);

        runs().record(List.of(a, b));
        runs().record(List.of(c));

        assertEquals(List.of(c, b, a), runs().ofRule(rule, 10));
    }

    @Test
    void a_rule_lists_its_own_runs_only_and_keeps_the_name_it_fired_under() {
        RuleId other = aRule("Other");
        RuleRun mine = aRun(rule, NOW, APPLIED);
        RuleRun theirs = new RuleRun(other, "Other as it was called then", ticket, "ticket_created", List.of(APPLIED),
                NOW);

        runs().record(List.of(mine, theirs));

        assertEquals(List.of(mine), runs().ofRule(rule, 10));
        assertEquals(List.of(theirs), runs().ofRule(other, 10));
    }

    @Test
    void recording_no_runs_records_nothing() {
        runs().record(List.of());

        assertTrue(runs().ofRule(rule, 10).isEmpty());
    }

    @Test
    void a_deleted_rule_takes_its_runs_with_it() {
        RuleId other = aRule("Other");
        runs().record(List.of(aRun(rule, NOW, APPLIED), aRun(other, NOW, APPLIED)));

        rules().delete(rule);

        assertTrue(runs().ofRule(rule, 10).isEmpty());
        assertEquals(1, runs().ofRule(other, 10).size());
    }

    @Test
    void runs_older_than_the_cut_off_are_forgotten_in_batches_and_newer_ones_stay() {
        Instant longAgo = Instant.parse("1971-01-04T09:00:00Z");
        Instant cutoff = longAgo.plus(Duration.ofDays(10));
        List<RuleRun> old = new ArrayList<>();
        for (int day = 0; day < 5; day++) {
            old.add(aRun(rule, longAgo.plus(Duration.ofDays(day)), APPLIED));
        }
        RuleRun atTheCutoff = aRun(rule, cutoff, APPLIED);
        RuleRun recent = aRun(rule, NOW, APPLIED);
        runs().record(old);
        runs().record(List.of(atTheCutoff, recent));

        assertEquals(3, runs().forgetBefore(cutoff, 3));
        assertEquals(2, runs().forgetBefore(cutoff, 3), "fewer than the limit: none older remained");
        assertEquals(0, runs().forgetBefore(cutoff, 3));

        assertEquals(List.of(recent, atTheCutoff), runs().ofRule(rule, 10), "exactly at the cut-off is kept");
    }
}
