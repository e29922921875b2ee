package io.supportdesk.adapter.persistence.report;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.supportdesk.domain.sla.SlaClock;
import io.supportdesk.domain.sla.SlaClockKind;
import io.supportdesk.domain.ticket.TicketStatus;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SQL forms the reports use say what the domain says, case by case. */
@AdapterTest
class ReportSqlTest {

    private static final Instant START = Instant.parse("2026-12-04T09:00:00Z");
    private static final Duration TARGET = Duration.ofHours(4);

    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void the_sla_state_in_sql_is_the_clocks_own_state_at_every_turn() {
        SlaClock running = SlaClock.start(START, TARGET);
        Map<String, Case> cases = new LinkedHashMap<>();
        cases.put("early", new Case(running, START.plus(Duration.ofHours(1))));
        cases.put("a fifth left", new Case(running, running.atRiskAt()));
        cases.put("just before a fifth left", new Case(running, running.atRiskAt().minusSeconds(1)));
        cases.put("due exactly (still on time)", new Case(running, running.dueAt()));
        cases.put("a second overdue", new Case(running, running.dueAt().plusSeconds(1)));
        SlaClock resumed = running.pause(START.plus(Duration.ofHours(1))).resume(START.plus(Duration.ofHours(3)));
        cases.put("after a pause, within the pushed-back target", new Case(resumed, START.plus(Duration.ofHours(5))));
        cases.put("after a pause, overdue", new Case(resumed, START.plus(Duration.ofHours(7))));
        SlaClock paused = running.pause(START.plus(Duration.ofHours(2)));
        cases.put("paused", new Case(paused, START.plus(Duration.ofHours(9))));
        cases.put("stopped in time", new Case(running.stop(START.plus(Duration.ofHours(4))),
                START.plus(Duration.ofDays(2))));
        cases.put("stopped late", new Case(running.stop(START.plus(Duration.ofHours(5))),
                START.plus(Duration.ofDays(2))));
        cases.put("paused past due, then stopped", new Case(running.pause(START.plus(Duration.ofHours(5)))
                .stop(START.plus(Duration.ofHours(6))), START.plus(Duration.ofDays(2))));

        cases.forEach((name, c) -> {
            for (SlaClockKind kind : SlaClockKind.values()) {
                assertEquals(c.clock().state(c.now()).name(), stateInSql(kind, c.clock(), c.now()), name);
            }
        });
    }

    @Test
    void the_open_ticket_index_covers_exactly_the_domains_open_statuses() {
        String definition = transactions.executeRead(status -> jdbc.prepareStatement(
                "SELECT indexdef FROM pg_indexes WHERE indexname = 'tickets_open_report_idx'", statement -> {
                    try (ResultSet rows = statement.executeQuery()) {
                        assertTrue(rows.next(), "V25 creates the index");
                        return rows.getString(1);
                    }
                }));
        for (TicketStatus status : TicketStatus.values()) {
            assertEquals(status.isOpen(), definition.contains("'" + status.code() + "'::text"),
                    status.code() + " in " + definition);
        }
    }

    private record Case(SlaClock clock, Instant now) {
    }

    private String stateInSql(SlaClockKind kind, SlaClock clock, Instant now) {
        String prefix = kind.name().toLowerCase(Locale.ROOT);
        String sql = "SELECT " + SlaStateSql.state(kind, "t", "clock.now") + " FROM (SELECT ?::timestamptz AS "
                + prefix + "_due_at, ?::timestamptz AS " + prefix + "_at_risk_at, ?::timestamptz AS " + prefix
                + "_paused_since, ?::timestamptz AS " + prefix + "_stopped_at) t, (SELECT ?::timestamptz AS now) clock";
        return transactions.executeRead(status -> jdbc.prepareStatement(sql, statement -> {
            statement.setTimestamp(1, Timestamp.from(clock.dueAt()));
            statement.setTimestamp(2, Timestamp.from(clock.atRiskAt()));
            statement.setTimestamp(3, clock.pausedSince() == null ? null : Timestamp.from(clock.pausedSince()));
            statement.setTimestamp(4, clock.stoppedAt() == null ? null : Timestamp.from(clock.stoppedAt()));
            statement.setTimestamp(5, Timestamp.from(now));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }));
    }
}
