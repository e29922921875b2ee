package io.supportdesk.adapter.persistence.automation;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.supportdesk.adapter.persistence.testing.TestRows;
import io.supportdesk.application.automation.AutomationRunsContract;
import io.supportdesk.application.automation.RuleRun;
import io.supportdesk.application.automation.RuleRun.ActionResult;
import io.supportdesk.application.automation.StoredRule;
import io.supportdesk.application.automation.port.out.AutomationRuleRepository;
import io.supportdesk.application.automation.port.out.AutomationRuns;
import io.supportdesk.domain.automation.RuleDefinition;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.TicketId;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The runs contract against real PostgreSQL, and the row a run becomes. */
@AdapterTest
class JdbcAutomationRunsTest extends AutomationRunsContract {

    @Inject
    JdbcAutomationRuns runs;
    @Inject
    JdbcAutomationRuleRepository rules;
    @Inject
    TestRows rows;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;

    @Override
    protected AutomationRuns runs() {
        return runs;
    }

    @Override
    protected AutomationRuleRepository rules() {
        return rules;
    }

    @Override
    protected UserId anAdministrator() {
        return rows.user(Role.ADMIN);
    }

    @Override
    protected TicketId aTicket() {
        return rows.bareTicket();
    }

    private record Stored(boolean failed, String actions) {
    }

    private List<Stored> storedRunsOf(StoredRule rule) {
        return transactions.executeRead(status -> jdbc.prepareStatement(
                "SELECT failed, actions::text FROM automation_runs WHERE rule_id = ? ORDER BY id", statement -> {
                    statement.setLong(1, rule.id().value());
                    try (ResultSet found = statement.executeQuery()) {
                        List<Stored> stored = new ArrayList<>();
                        while (found.next()) {
                            stored.add(new Stored(found.getBoolean(1), found.getString(2)));
                        }
                        return stored;
                    }
                }));
    }

    @Test
    void a_run_is_failed_when_any_action_failed_and_only_a_failed_action_has_a_code_and_a_reason() {
        Map<String, Object> document = Map.of("name", "Row shape", "active", false,
                "trigger", Map.of("type", "ticket_created"),
                "actions", List.of(Map.of("type", "set_priority", "value", "urgent")));
        StoredRule rule = rules.add(RuleDefinition.parse(document).orElseThrow(), document, anAdministrator(), NOW);
        try {
            TicketId ticket = aTicket();
            ActionResult applied = new ActionResult("set_priority", "applied", Optional.empty(), Optional.empty());
            ActionResult failed = new ActionResult("set_status", "failed", Optional.of("INVALID_TRANSITION"),
                    Optional.of("not from closed"));
            runs.record(List.of(new RuleRun(rule.id(), "Row shape", ticket, "ticket_created", List.of(applied), NOW),
                    new RuleRun(rule.id(), "Row shape", ticket, "ticket_created", List.of(applied, failed), NOW)));

            List<Stored> stored = storedRunsOf(rule);

            assertEquals(2, stored.size());
            assertEquals(new Stored(false, "[{\"action\": \"set_priority\", \"outcome\": \"applied\"}]"),
                    stored.get(0));
            assertTrue(stored.get(1).failed());
            assertEquals("[{\"action\": \"set_priority\", \"outcome\": \"applied\"}, "
                    + "{\"code\": \"INVALID_TRANSITION\", \"action\": \"set_status\", \"reason\": \"not from closed\", "
                    + "\"outcome\": \"failed\"}]",
                    stored.get(1).actions());
        } finally {
            rules.delete(rule.id());
        }
    }
}
