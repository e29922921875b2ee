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

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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

    /** A WHERE clause and the values it binds, in order. */
    private record Where(String sql, List<Object> values) {
    }

    @Override
    public Page<TicketWithPeople> search(TicketFilter filter, TicketVisibility visibility, TicketSort sort,
                                         PageRequest page, boolean countAll) {
        Where where = where(filter, visibility);
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
            bind(statement, where.values());
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
            bind(statement, where.values());
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
        return counted > totalCap ? new Page<>(items, totalCap, page.page(), page.pageSize(), true)
                : new Page<>(items, counted, page.page(), page.pageSize());
    }

    private static Where where(TicketFilter filter, TicketVisibility visibility) {
        List<String> conditions = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (filter.statuses().size() == 1) {
            // An equality, not "= ANY", so the (status, created_at) index also gives the order.
            add(conditions, values, "t.status = ?", filter.statuses().iterator().next().code());
        } else if (!filter.statuses().isEmpty()) {
            conditions.add("t.status = ANY(?)");
            values.add(filter.statuses().stream().map(TicketStatus::code).toArray(String[]::new));
        }
        filter.priority().ifPresent(p -> add(conditions, values, "t.priority = ?", p.code()));
        filter.category().ifPresent(c -> add(conditions, values, "t.category = ?", c.value()));
        filter.assignee().ifPresent(a -> add(conditions, values, "t.assignee_id = ?", a.value()));
        if (filter.unassignedOnly()) {
            conditions.add("t.assignee_id IS NULL");
        }
        filter.requester().ifPresent(r -> add(conditions, values, "t.requester_id = ?", r.value()));
        filter.team().ifPresent(team -> add(conditions, values, "t.team_id = ?", team.value()));
        filter.type().ifPresent(type -> add(conditions, values, "t.type = ?", type.code()));
        filter.project().ifPresent(key -> add(conditions, values,
                "t.project_id = (SELECT id FROM projects WHERE key = ?)", key.value()));
        visibleTo(visibility, conditions, values);
        filter.tag().ifPresent(t -> add(conditions, values, "t.tags @> ARRAY[?]::text[]", t));
        filter.createdAfter().ifPresent(t -> add(conditions, values, "t.created_at >= ?", Timestamp.from(t)));
        filter.createdBefore().ifPresent(t -> add(conditions, values, "t.created_at < ?", Timestamp.from(t)));
        return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), values);
    }

    private static void visibleTo(TicketVisibility visibility, List<String> conditions, List<Object> values) {
        TicketVisibilitySql.condition(visibility, "t", values).ifPresent(conditions::add);
    }

    private static void add(List<String> conditions, List<Object> values, String condition, Object value) {
        conditions.add(condition);
        values.add(value);
    }

    private static String orderExpression(TicketSort.Key key, boolean customerView) {
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

    private static void bind(PreparedStatement statement, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value instanceof String[] array) {
                statement.setArray(i + 1, statement.getConnection().createArrayOf("text", array));
            } else if (value instanceof Long[] array) {
                statement.setArray(i + 1, statement.getConnection().createArrayOf("bigint", array));
            } else {
                statement.setObject(i + 1, value);
            }
        }
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
