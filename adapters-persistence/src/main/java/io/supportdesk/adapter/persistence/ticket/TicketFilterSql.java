package io.supportdesk.adapter.persistence.ticket;

import io.supportdesk.application.ticket.port.in.TicketFilter;
import io.supportdesk.domain.ticket.TicketStatus;
import io.supportdesk.domain.ticket.TicketVisibility;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * The WHERE clause of a {@link TicketFilter} and the caller's {@link TicketVisibility} over {@code tickets t}: one
 * form for every statement that reads tickets by filter (list pages, totals, search candidates, the change feed,
 * the CSV export), so none can drift from the others. Only fixed fragments are concatenated; values are bound.
 */
public final class TicketFilterSql {

    private TicketFilterSql() {
    }

    /** Conditions joined by AND (possibly none) and the values they bind, in order. */
    public record Where(List<String> conditions, List<Object> values) {

        public Where {
            conditions = new ArrayList<>(conditions);
            values = new ArrayList<>(values);
        }

        /** {@code " WHERE a AND b"}, or nothing. */
        public String sql() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }

        /** {@code " AND a AND b"}, or nothing: for a statement that has conditions of its own before these. */
        public String andSql() {
            return conditions.isEmpty() ? "" : " AND " + String.join(" AND ", conditions);
        }

        /** Binds the values from the first parameter on; answers the next free parameter index. */
        public int bind(PreparedStatement statement, int first) throws SQLException {
            return TicketFilterSql.bind(statement, first, values);
        }
    }

    public static Where of(TicketFilter filter, TicketVisibility visibility) {
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
        TicketVisibilitySql.condition(visibility, "t", values).ifPresent(conditions::add);
        filter.tag().ifPresent(t -> add(conditions, values, "t.tags @> ARRAY[?]::text[]", t));
        filter.createdAfter().ifPresent(t -> add(conditions, values, "t.created_at >= ?", Timestamp.from(t)));
        filter.createdBefore().ifPresent(t -> add(conditions, values, "t.created_at < ?", Timestamp.from(t)));
        return new Where(conditions, values);
    }

    private static void add(List<String> conditions, List<Object> values, String condition, Object value) {
        conditions.add(condition);
        values.add(value);
    }

    /** Binds values as {@link #of} produces them ({@code String[]} as text[], {@code Long[]} as bigint[]). */
    public static int bind(PreparedStatement statement, int first, List<Object> values) throws SQLException {
        int index = first;
        for (Object value : values) {
            if (value instanceof String[] array) {
                statement.setArray(index, statement.getConnection().createArrayOf("text", array));
            } else if (value instanceof Long[] array) {
                statement.setArray(index, statement.getConnection().createArrayOf("bigint", array));
            } else {
                statement.setObject(index, value);
            }
            index++;
        }
        return index;
    }
}
