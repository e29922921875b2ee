package io.supportdesk.adapter.persistence.automation;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.supportdesk.application.automation.RuleRun;
import io.supportdesk.application.automation.port.out.AutomationRuns;
import io.supportdesk.domain.automation.RuleId;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** {@code automation_runs}, joining the caller's transaction or opening one. */
@Singleton
@Transactional
public class JdbcAutomationRuns implements AutomationRuns {

    private final JdbcOperations jdbc;
    private final AutomationRows rows;

    JdbcAutomationRuns(JdbcOperations jdbc, AutomationRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    @Override
    public void record(List<RuleRun> runs) {
        if (runs.isEmpty()) {
            return;
        }
        // One INSERT of as many rows as there are runs: one statement and one round trip however many fired. The
        // identity values follow the list's order, so runs of the same instant list back newest-recorded first.
        jdbc.prepareStatement("""
                INSERT INTO automation_runs (rule_id, rule_name, ticket_id, trigger, actions, failed, fired_at)
                SELECT r.rule_id, r.rule_name, r.ticket_id, r.trigger, r.actions::jsonb, r.failed, r.fired_at
                FROM unnest(?::bigint[], ?::text[], ?::bigint[], ?::text[], ?::text[], ?::boolean[],
                            ?::timestamptz[])
                     WITH ORDINALITY AS r (rule_id, rule_name, ticket_id, trigger, actions, failed, fired_at, n)
                ORDER BY r.n""", statement -> {
            Connection connection = statement.getConnection();
            statement.setArray(1, connection.createArrayOf("bigint",
                    runs.stream().map(run -> run.rule().value()).toArray()));
            statement.setArray(2, connection.createArrayOf("text", runs.stream().map(RuleRun::ruleName).toArray()));
            statement.setArray(3, connection.createArrayOf("bigint",
                    runs.stream().map(run -> run.ticket().value()).toArray()));
            statement.setArray(4, connection.createArrayOf("text", runs.stream().map(RuleRun::trigger).toArray()));
            statement.setArray(5, connection.createArrayOf("text",
                    runs.stream().map(run -> rows.actions(run.actions())).toArray()));
            statement.setArray(6, connection.createArrayOf("boolean", runs.stream()
                    .map(run -> run.actions().stream().anyMatch(RuleRun.ActionResult::failed)).toArray()));
            // ISO-8601 text, which timestamptz reads exactly (to the microsecond it keeps).
            statement.setArray(7, connection.createArrayOf("text",
                    runs.stream().map(run -> run.firedAt().toString()).toArray()));
            return statement.executeUpdate();
        });
    }

    @Override
    @Transactional(readOnly = true)
    public List<RuleRun> ofRule(RuleId rule, int limit) {
        return jdbc.prepareStatement("SELECT " + AutomationRows.RUN_COLUMNS + " FROM automation_runs "
                + "WHERE rule_id = ? ORDER BY fired_at DESC, id DESC LIMIT ?", statement -> {
                    statement.setLong(1, rule.value());
                    statement.setInt(2, limit);
                    try (ResultSet found = statement.executeQuery()) {
                        List<RuleRun> runs = new ArrayList<>();
                        while (found.next()) {
                            runs.add(rows.run(found));
                        }
                        return runs;
                    }
                });
    }

    @Override
    public int forgetBefore(Instant cutoff, int limit) {
        // Along automation_runs_fired_idx, oldest first. SKIP LOCKED: instances pruning at once delete different
        // rows instead of waiting on each other.
        return jdbc.prepareStatement("""
                DELETE FROM automation_runs WHERE id IN (
                    SELECT id FROM automation_runs WHERE fired_at < ?
                    ORDER BY fired_at
                    LIMIT ?
                    FOR UPDATE SKIP LOCKED)""", statement -> {
            AutomationRows.setInstant(statement, 1, cutoff);
            statement.setInt(2, limit);
            return statement.executeUpdate();
        });
    }
}
