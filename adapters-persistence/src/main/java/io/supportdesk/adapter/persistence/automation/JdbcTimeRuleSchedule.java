package io.supportdesk.adapter.persistence.automation;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.supportdesk.adapter.persistence.ticket.TicketSql;
import io.supportdesk.application.automation.port.out.TimeRuleSchedule;
import io.supportdesk.domain.automation.PeriodKey;
import io.supportdesk.domain.automation.Trigger;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketStatus;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sweep's questions of {@code tickets} and {@code automation_fired_periods}. The candidate query is
 * {@link Trigger.TimeTrigger#qualification} in SQL, over the same period starts as {@link JdbcAutomationFacts}
 * ({@link AutomationSql}); JdbcTimeRuleScheduleTest holds the two to the same answers, ticket by ticket.
 */
@Singleton
@Transactional
public class JdbcTimeRuleSchedule implements TimeRuleSchedule {

    /** InStatusFor: in the status (never closed, which is final), since the last status change. */
    private static final String IN_STATUS = candidates("t.status = ? AND t.status <> '"
            + TicketStatus.CLOSED.code() + "'", AutomationSql.STATUS_CHANGED_AT);

    /** NoCustomerReplyFor: open (TicketStatus.isOpen), silent since the customer's last word. */
    private static final String SILENT = candidates("t.status IN " + TicketSql.OPEN_STATUSES,
            AutomationSql.CUSTOMER_SILENT_SINCE);

    private final JdbcOperations jdbc;

    JdbcTimeRuleSchedule(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The tickets in the situation whose period began at or before the cut-off ({@code now} less the threshold:
     * exactly the threshold qualifies, as in the domain) and has not fired for the rule. Parameters: the situation's
     * own, then the ticket to start after, the cut-off, the rule and the limit.
     */
    private static String candidates(String situation, String periodStart) {
        return """
                SELECT t.id
                FROM tickets t CROSS JOIN LATERAL (SELECT %s AS period_start) p
                WHERE %s AND t.id > ?
                  AND p.period_start <= ?
                  AND NOT EXISTS (SELECT 1 FROM automation_fired_periods f
                                  WHERE f.rule_id = ? AND f.ticket_id = t.id AND f.period_start = p.period_start)
                ORDER BY t.id
                LIMIT ?""".formatted(periodStart, situation);
    }

    @Override
    @Transactional(readOnly = true)
    public List<TicketId> candidates(long rule, Trigger.TimeTrigger trigger, Instant now, Optional<TicketId> after,
                                     int limit) {
        // Period starts are whole microseconds (timestamptz), so "start <= now - threshold" holds exactly when it
        // holds for the cut-off truncated to microseconds. The database would round a finer one, and rounded up it
        // would take in a ticket whose period is a fraction of a microsecond short.
        Instant cutoff = now.minus(trigger.threshold()).truncatedTo(ChronoUnit.MICROS);
        String sql = switch (trigger) {
            case Trigger.InStatusFor ignored -> IN_STATUS;
            case Trigger.NoCustomerReplyFor ignored -> SILENT;
        };
        return jdbc.prepareStatement(sql, statement -> {
            int index = 1;
            if (trigger instanceof Trigger.InStatusFor inStatus) {
                statement.setString(index++, inStatus.status().code());
            }
            statement.setLong(index++, after.map(TicketId::value).orElse(0L));
            AutomationRows.setInstant(statement, index++, cutoff);
            statement.setLong(index++, rule);
            statement.setInt(index, limit);
            try (ResultSet rows = statement.executeQuery()) {
                List<TicketId> tickets = new ArrayList<>();
                while (rows.next()) {
                    tickets.add(new TicketId(rows.getLong(1)));
                }
                return tickets;
            }
        });
    }

    @Override
    public boolean markFired(PeriodKey key, Instant now) {
        return jdbc.prepareStatement("""
                INSERT INTO automation_fired_periods (period_key, rule_id, ticket_id, period_start, fired_at)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (period_key) DO NOTHING""", statement -> {
            statement.setString(1, key.value());
            statement.setLong(2, key.rule().value());
            statement.setLong(3, key.ticket().value());
            AutomationRows.setInstant(statement, 4, key.periodStart());
            AutomationRows.setInstant(statement, 5, now);
            return statement.executeUpdate() == 1;
        });
    }
}
