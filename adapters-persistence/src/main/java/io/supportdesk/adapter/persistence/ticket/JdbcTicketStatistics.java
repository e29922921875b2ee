package io.supportdesk.adapter.persistence.ticket;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.supportdesk.application.ticket.port.in.TicketFigures;
import io.supportdesk.application.ticket.port.out.TicketStatistics;
import io.supportdesk.domain.ticket.CategoryCode;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.ReportScope;
import io.supportdesk.domain.ticket.TicketStatus;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Ticket figures in one statement over the tallies the database keeps in the same transaction as every ticket
 * change (V14: {@code ticket_tallies}, and {@code ticket_assignee_tallies} for one agent's figures), so they cost the
 * same at ten tickets as at a million and are exactly as current as counting the tickets would be. The three
 * breakdowns and the totals are one {@code GROUPING SETS}: the empty set is the totals' row.
 */
@Singleton
@Transactional(readOnly = true)
public class JdbcTicketStatistics implements TicketStatistics {

    // Which statuses count as open is the domain's call (TicketStatus.isOpen), bound as a parameter, not copied.
    private static final String[] OPEN_STATUSES = Arrays.stream(TicketStatus.values()).filter(TicketStatus::isOpen)
            .map(TicketStatus::code).toArray(String[]::new);

    private static final String FIGURES = """
            SELECT status, priority, category, GROUPING(status, priority, category) = 7 AS totals,
                   sum(tickets) AS tickets,
                   coalesce(sum(tickets) FILTER (WHERE status = ANY(?)), 0) AS open,
                   coalesce(sum(tickets) FILTER (WHERE status = ANY(?) AND %s), 0) AS unassigned,
                   sum(first_response_seconds_sum) / nullif(sum(first_response_count), 0) AS first_response_s,
                   sum(resolution_seconds_sum) / nullif(sum(resolution_count), 0) AS resolution_s
            FROM %s
            GROUP BY GROUPING SETS ((status), (priority), (category), ())
            HAVING sum(tickets) <> 0 OR GROUPING(status, priority, category) = 7""";

    /** One customer's tickets as tally rows of one ticket each (the columns of V14's ticket_tallies_count). */
    private static final String OWN_TICKETS = """
            (SELECT status, priority, category, assignee_id IS NOT NULL AS assigned, 1 AS tickets,
                    coalesce(extract(epoch FROM first_responded_at - created_at), 0) AS first_response_seconds_sum,
                    (first_responded_at IS NOT NULL)::int AS first_response_count,
                    coalesce(extract(epoch FROM resolved_at - created_at), 0) AS resolution_seconds_sum,
                    (resolved_at IS NOT NULL)::int AS resolution_count
             FROM tickets WHERE requester_id = ?) AS own""";

    private final JdbcOperations jdbc;

    JdbcTicketStatistics(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public TicketFigures compute(ReportScope scope) {
        // Rows a change has emptied stay behind with zeros: HAVING keeps them out of the breakdowns.
        String sql = switch (scope) {
            case ReportScope.AllTickets all -> FIGURES.formatted("NOT assigned", "ticket_tallies");
            // An agent's tickets are assigned to them: none is unassigned.
            case ReportScope.AssignedTo assigned -> FIGURES.formatted("false",
                    "ticket_assignee_tallies WHERE assignee_id = ?");
            // A customer's few tickets are counted from themselves (through the requester index), in the tallies'
            // shape: the same statement then reads them. First responses are public replies only (TicketSla).
            case ReportScope.RequestedBy own -> FIGURES.formatted("NOT assigned", OWN_TICKETS);
        };
        Map<TicketStatus, Long> byStatus = new EnumMap<>(TicketStatus.class);
        Map<Priority, Long> byPriority = new EnumMap<>(Priority.class);
        Map<CategoryCode, Long> byCategory = new HashMap<>();
        return jdbc.prepareStatement(sql, statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("text", OPEN_STATUSES));
            statement.setArray(2, statement.getConnection().createArrayOf("text", OPEN_STATUSES));
            if (scope instanceof ReportScope.AssignedTo assigned) {
                statement.setLong(3, assigned.agent().value());
            } else if (scope instanceof ReportScope.RequestedBy own) {
                statement.setLong(3, own.requester().value());
            }
            Totals totals = null;
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long count = rows.getLong("tickets");
                    if (rows.getBoolean("totals")) {
                        totals = new Totals(rows.getLong("open"), rows.getLong("unassigned"),
                                seconds(rows, "first_response_s"), seconds(rows, "resolution_s"));
                    } else if (rows.getString("status") != null) {
                        byStatus.put(TicketStatus.fromCode(rows.getString("status")), count);
                    } else if (rows.getString("priority") != null) {
                        byPriority.put(Priority.fromCode(rows.getString("priority")), count);
                    } else if (rows.getString("category") != null) {
                        byCategory.put(new CategoryCode(rows.getString("category")), count);
                    }
                }
            }
            if (totals == null) {
                throw new IllegalStateException("the figures came without their totals");
            }
            return new TicketFigures(scope, byStatus, byPriority, byCategory, totals.open(), totals.unassigned(),
                    totals.averageFirstResponse(), totals.averageResolution());
        });
    }

    /** The row of the empty grouping set; the breakdowns' rows may come before or after it. */
    private record Totals(long open, long unassigned, Optional<Duration> averageFirstResponse,
                          Optional<Duration> averageResolution) {
    }

    /** An average in (fractional) seconds, kept to the millisecond; null when no ticket got there. */
    private static Optional<Duration> seconds(ResultSet row, String column) throws SQLException {
        BigDecimal value = row.getBigDecimal(column);
        return value == null ? Optional.empty()
                : Optional.of(Duration.ofMillis(value.movePointRight(3).setScale(0, RoundingMode.HALF_UP)
                .longValueExact()));
    }
}
