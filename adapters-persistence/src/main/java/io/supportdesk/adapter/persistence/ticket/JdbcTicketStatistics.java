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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Ticket figures in two statements: the three breakdowns in one pass ({@code GROUPING SETS}) and the totals and
 * averages in another, both in one read-only transaction so they describe the same moment.
 */
@Singleton
@Transactional(readOnly = true)
public class JdbcTicketStatistics implements TicketStatistics {

    // Which statuses count as open is the domain's call (TicketStatus.isOpen), bound as a parameter, not copied.
    private static final String[] OPEN_STATUSES = Arrays.stream(TicketStatus.values()).filter(TicketStatus::isOpen)
            .map(TicketStatus::code).toArray(String[]::new);

    private final JdbcOperations jdbc;

    JdbcTicketStatistics(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public TicketFigures compute(ReportScope scope) {
        String where = switch (scope) {
            case ReportScope.AllTickets all -> "";
            case ReportScope.AssignedTo assigned -> " WHERE assignee_id = ?";
        };
        Map<TicketStatus, Long> byStatus = new EnumMap<>(TicketStatus.class);
        Map<Priority, Long> byPriority = new EnumMap<>(Priority.class);
        Map<CategoryCode, Long> byCategory = new HashMap<>();
        // The grouped columns are NOT NULL, so a null in a row means "not this breakdown".
        jdbc.prepareStatement("SELECT status, priority, category, count(*) AS tickets FROM tickets" + where
                + " GROUP BY GROUPING SETS ((status), (priority), (category))", statement -> {
            bindScope(statement, scope, 1);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long count = rows.getLong("tickets");
                    if (rows.getString("status") != null) {
                        byStatus.put(TicketStatus.fromCode(rows.getString("status")), count);
                    } else if (rows.getString("priority") != null) {
                        byPriority.put(Priority.fromCode(rows.getString("priority")), count);
                    } else if (rows.getString("category") != null) {
                        byCategory.put(new CategoryCode(rows.getString("category")), count);
                    }
                }
            }
            return null;
        });
        return jdbc.prepareStatement("""
                SELECT count(*) FILTER (WHERE status = ANY(?)) AS open,
                       count(*) FILTER (WHERE status = ANY(?) AND assignee_id IS NULL) AS unassigned,
                       avg(extract(epoch FROM first_responded_at - created_at)) AS first_response_s,
                       avg(extract(epoch FROM resolved_at - created_at)) AS resolution_s
                FROM tickets""" + where, statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("text", OPEN_STATUSES));
            statement.setArray(2, statement.getConnection().createArrayOf("text", OPEN_STATUSES));
            bindScope(statement, scope, 3);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return new TicketFigures(scope, byStatus, byPriority, byCategory, row.getLong("open"),
                        row.getLong("unassigned"), seconds(row, "first_response_s"), seconds(row, "resolution_s"));
            }
        });
    }

    private static void bindScope(PreparedStatement statement, ReportScope scope, int index) throws SQLException {
        if (scope instanceof ReportScope.AssignedTo assigned) {
            statement.setLong(index, assigned.agent().value());
        }
    }

    /** An average in (fractional) seconds, kept to the millisecond; null when no ticket got there. */
    private static Optional<Duration> seconds(ResultSet row, String column) throws SQLException {
        BigDecimal value = row.getBigDecimal(column);
        return value == null ? Optional.empty()
                : Optional.of(Duration.ofMillis(value.movePointRight(3).setScale(0, RoundingMode.HALF_UP)
                .longValueExact()));
    }
}
