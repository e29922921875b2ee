package io.supportdesk.adapter.persistence.ticket;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.supportdesk.application.ticket.port.in.TicketExportRow;
import io.supportdesk.application.ticket.port.in.TicketFilter;
import io.supportdesk.application.ticket.port.in.TicketSort;
import io.supportdesk.application.ticket.port.out.TicketExports;
import io.supportdesk.domain.ticket.TicketVisibility;
import jakarta.inject.Singleton;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The CSV export's rows from a server-side cursor: PostgreSQL's driver fetches {@link #FETCH_SIZE} rows at a time
 * only inside a transaction (auto-commit off) with a fetch size set, otherwise it reads the whole result into
 * memory first. The WHERE clause is {@link TicketFilterSql}'s and the order the list's, so an export holds what the
 * list shows, page after page.
 */
@Singleton
@Transactional(readOnly = true)
public class JdbcTicketExports implements TicketExports {

    static final int FETCH_SIZE = 500;

    private static final String COLUMNS = """
            SELECT t.number, t.title, t.description, t.status, t.priority, t.category, t.type, t.channel,
                   tm.name AS team_name, r.email AS requester_email, a.email AS assignee_email, t.tags,
                   t.created_at, t.updated_at, t.first_responded_at, t.resolved_at, t.closed_at,
                   t.first_response_due_at, t.resolution_due_at
            FROM tickets t
            JOIN users r ON r.id = t.requester_id
            LEFT JOIN users a ON a.id = t.assignee_id
            LEFT JOIN teams tm ON tm.id = t.team_id""";

    private final JdbcOperations jdbc;

    JdbcTicketExports(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void forEach(TicketFilter filter, TicketVisibility visibility, TicketSort sort,
                        Consumer<TicketExportRow> rows) {
        TicketFilterSql.Where where = TicketFilterSql.of(filter, visibility);
        String direction = sort.descending() ? " DESC" : " ASC";
        String sql = COLUMNS + where.sql() + " ORDER BY "
                + JdbcTicketQueries.orderExpression(sort.key(), visibility instanceof TicketVisibility.RequestedBy)
                + direction + ", t.id" + direction;
        jdbc.prepareStatement(sql, statement -> {
            statement.setFetchSize(FETCH_SIZE);
            where.bind(statement, 1);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.accept(read(result));
                }
            }
            return null;
        });
    }

    private static TicketExportRow read(ResultSet row) throws SQLException {
        return new TicketExportRow(row.getString("number"), row.getString("title"), row.getString("description"),
                row.getString("status"), row.getString("priority"), row.getString("category"), row.getString("type"),
                row.getString("channel"), Optional.ofNullable(row.getString("team_name")), row.getString("requester_email"),
                Optional.ofNullable(row.getString("assignee_email")), tags(row.getArray("tags")),
                instant(row, "created_at").orElseThrow(), instant(row, "updated_at").orElseThrow(),
                instant(row, "first_responded_at"), instant(row, "resolved_at"), instant(row, "closed_at"),
                instant(row, "first_response_due_at").orElseThrow(), instant(row, "resolution_due_at").orElseThrow());
    }

    private static List<String> tags(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static Optional<Instant> instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return Optional.ofNullable(value).map(Timestamp::toInstant);
    }
}
