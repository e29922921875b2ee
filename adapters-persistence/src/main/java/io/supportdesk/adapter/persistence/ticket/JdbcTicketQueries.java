package io.supportdesk.adapter.persistence.ticket;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.supportdesk.application.ticket.port.in.Page;
import io.supportdesk.application.ticket.port.in.PageRequest;
import io.supportdesk.application.ticket.port.in.TicketFilter;
import io.supportdesk.application.ticket.port.in.TicketSort;
import io.supportdesk.application.ticket.port.out.TicketQueries;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.application.ticket.port.out.TicketWithPeople;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketStatus;
import io.supportdesk.domain.ticket.TicketVisibility;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Ticket lists (each page one statement, tickets joined to their people) and the audit trail in SQL. Only allow-listed fragments are ever concatenated into a statement
 * (column names from {@link TicketSort.Key}); every value is a bound parameter.
 */
@Singleton
@Transactional(readOnly = true)
public class JdbcTicketQueries implements TicketQueries {

    private final JdbcOperations jdbc;
    private final TicketRowMapper mapper;
    private final long totalCap;

    /**
     * @param totalCap past this many matching tickets a list says "at least this many"
     *                 ({@link Page#totalIsEstimate()})
     */
    JdbcTicketQueries(JdbcOperations jdbc, TicketRowMapper mapper,
                      @Value("${supportdesk.tickets.list.total-cap:10000}") long totalCap) {
        this.jdbc = jdbc;
        this.mapper = mapper;
        this.totalCap = totalCap;
    }

    @Override
    public Page<TicketWithPeople> search(TicketFilter filter, TicketVisibility visibility, TicketSort sort,
                                         PageRequest page, boolean countAll) {
        TicketFilterSql.Where where = TicketFilterSql.of(filter, visibility);
        String direction = sort.descending() ? " DESC" : " ASC";
        // One row more than the page tells whether another page follows without counting anything. The limit and
        // offset are numbers PageRequest has checked, written into the statement rather than bound: with them
        // bound, PostgreSQL cannot trust a plan prepared once and plans every execution again, which costs more
        // than running the query.
        String order = " ORDER BY " + orderExpression(sort.key(), visibility instanceof TicketVisibility.RequestedBy)
                + direction + ", t.id" + direction;
        String sql = TicketViewSql.page("SELECT t.id FROM tickets t" + where.sql() + order
                + " LIMIT " + (page.pageSize() + 1) + " OFFSET " + page.offset()) + order;
        List<TicketWithPeople> found = jdbc.prepareStatement(sql, statement -> {
            where.bind(statement, 1);
            List<TicketWithPeople> items = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    items.add(TicketViewSql.read(jdbc, mapper, rows));
                }
            }
            return items;
        });
        boolean more = found.size() > page.pageSize();
        List<TicketWithPeople> items = more ? found.subList(0, page.pageSize()) : found;
        long seen = page.offset() + items.size();
        // The last page proves the total; a page past the end proves nothing about where the end was.
        boolean lastPage = !more && (!items.isEmpty() || page.offset() == 0);
        if (!countAll || lastPage) {
            // What the page proves: exact when it is the last one, otherwise at least one more than seen so far.
            return more ? new Page<>(items, seen + 1, page.page(), page.pageSize(), true)
                    : new Page<>(items, seen, page.page(), page.pageSize());
        }
        // Counting stops past the cap: a count of every open ticket costs as much as the desk is large, and past
        // ten thousand nobody pages to the end (filters and, for integrations, cursors narrow it instead).
        long counted = jdbc.prepareStatement("SELECT count(*) FROM (SELECT 1 FROM tickets t" + where.sql()
                + " LIMIT " + (totalCap + 1) + ") AS counted", statement -> {
            where.bind(statement, 1);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
        return counted > totalCap ? new Page<>(items, totalCap, page.page(), page.pageSize(), true)
                : new Page<>(items, counted, page.page(), page.pageSize());
    }

    /** The ORDER BY expression of a sort key; the export orders by the same. */
    static String orderExpression(TicketSort.Key key, boolean customerView) {
        return switch (key) {
            case CREATED_AT -> "t.created_at";
            // A customer's order must not reveal which of their tickets got an internal note.
            case UPDATED_AT -> customerView ? "t.customer_updated_at" : "t.updated_at";
            case RESOLUTION_DUE -> "t.resolution_due_at";
            case PRIORITY -> "t." + TicketSql.PRIORITY_RANK;
            case STATUS -> "CASE t.status " + Arrays.stream(TicketStatus.values())
                    .map(s -> "WHEN '" + s.code() + "' THEN " + s.ordinal()).collect(Collectors.joining(" "))
                    + " END";
        };
    }

    @Override
    public List<HistoryRecord> history(TicketId ticket, boolean includeInternal) {
        // The audit trail keeps ids; a team is shown by its name and a project by its key (as they are now), in
        // the same statement. Ids compared as text, as stored: nothing is cast that might not be a number.
        String sql = """
                SELECT h.kind, h.field,
                       CASE h.field WHEN 'team' THEN coalesce(old_team.name, h.old_value)
                                    WHEN 'project' THEN coalesce(old_project.key, h.old_value)
                                    ELSE h.old_value END AS old_value,
                       CASE h.field WHEN 'team' THEN coalesce(new_team.name, h.new_value)
                                    WHEN 'project' THEN coalesce(new_project.key, h.new_value)
                                    ELSE h.new_value END AS new_value,
                       h.note, h.actor_id, h.internal, h.occurred_at
                FROM ticket_history h
                LEFT JOIN teams old_team ON h.field = 'team' AND old_team.id::text = h.old_value
                LEFT JOIN teams new_team ON h.field = 'team' AND new_team.id::text = h.new_value
                LEFT JOIN projects old_project ON h.field = 'project' AND old_project.id::text = h.old_value
                LEFT JOIN projects new_project ON h.field = 'project' AND new_project.id::text = h.new_value
                WHERE h.ticket_id = ?""" + (includeInternal ? "" : " AND NOT h.internal")
                + " ORDER BY h.occurred_at, h.id";
        return jdbc.prepareStatement(sql, statement -> {
            statement.setLong(1, ticket.value());
            List<HistoryRecord> records = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long actor = rows.getLong("actor_id");
                    Optional<UserId> actorId = rows.wasNull() ? Optional.empty() : Optional.of(new UserId(actor));
                    records.add(new HistoryRecord(rows.getString("kind"), Optional.ofNullable(rows.getString("field")),
                            Optional.ofNullable(rows.getString("old_value")),
                            Optional.ofNullable(rows.getString("new_value")),
                            Optional.ofNullable(rows.getString("note")), actorId, rows.getBoolean("internal"),
                            rows.getTimestamp("occurred_at").toInstant()));
                }
            }
            return records;
        });
    }
}
