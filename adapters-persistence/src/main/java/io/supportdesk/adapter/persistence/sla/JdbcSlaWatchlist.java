package io.supportdesk.adapter.persistence.sla;

import io.supportdesk.adapter.persistence.ticket.TicketSql;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.supportdesk.application.sla.port.out.SlaWatchlist;
import io.supportdesk.domain.ticket.TicketId;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Open tickets with a running clock inside its risk margin (20 % of the target left) or past due, and not yet
 * reported as such. The stored due and at-risk times are exact for running clocks, which are the only ones that can
 * escalate; both were computed in the ticket's business calendar ({@code SlaClock#atRiskAt}).
 */
@Singleton
@Transactional(readOnly = true)
public class JdbcSlaWatchlist implements SlaWatchlist {

    private static final String CLOCK_NEEDS_CHECK = """
            (%1$s_stopped_at IS NULL AND %1$s_paused_since IS NULL AND (
                (NOT ('%2$s' = ANY(sla_at_risk_reported))
                    AND %1$s_at_risk_at <= ?)
                OR (NOT ('%2$s' = ANY(sla_breach_reported)) AND %1$s_due_at <= ?)))""";

    private static final String QUERY = "SELECT id FROM tickets WHERE status IN " + TicketSql.OPEN_STATUSES + " AND ("
            + CLOCK_NEEDS_CHECK.formatted("first_response", "FIRST_RESPONSE") + " OR "
            + CLOCK_NEEDS_CHECK.formatted("resolution", "RESOLUTION")
            + ") ORDER BY least(first_response_due_at, resolution_due_at), id LIMIT ?";

    private final JdbcOperations jdbc;

    JdbcSlaWatchlist(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TicketId> dueForCheck(Instant now, int limit) {
        return jdbc.prepareStatement(QUERY, statement -> {
            Timestamp at = Timestamp.from(now);
            for (int i = 1; i <= 4; i++) {
                statement.setTimestamp(i, at);
            }
            statement.setInt(5, limit);
            List<TicketId> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(new TicketId(rows.getLong(1)));
                }
            }
            return ids;
        });
    }
}
