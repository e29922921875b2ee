package io.supportdesk.adapter.persistence.identity;

import io.supportdesk.adapter.persistence.ticket.TicketSql;
import io.supportdesk.adapter.persistence.ticket.TicketVisibilitySql;
import io.supportdesk.domain.ticket.TicketVisibility;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.supportdesk.application.identity.port.in.AssignedTicket;
import io.supportdesk.application.identity.port.out.AssignedTickets;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketNumber;
import io.supportdesk.domain.ticket.TicketStatus;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * An agent's queue as a few columns of {@code tickets}: a read model for one screen, not a second way to load
 * tickets (that is the ticket adapter's job).
 */
@Singleton
@Transactional(readOnly = true)
public class JdbcAssignedTickets implements AssignedTickets {

    private final JdbcOperations jdbc;

    JdbcAssignedTickets(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<AssignedTicket> openTicketsAssignedTo(UserId assignee, TicketVisibility visibility, int limit) {
        List<Object> values = new ArrayList<>();
        String visible = TicketVisibilitySql.condition(visibility, "", values).map(c -> " AND " + c).orElse("");
        return jdbc.prepareStatement("""
                SELECT id, number, title, status, priority, updated_at FROM tickets
                WHERE assignee_id = ? AND status IN %s%s
                ORDER BY updated_at DESC, id DESC LIMIT ?""".formatted(TicketSql.OPEN_STATUSES, visible), statement -> {
            int index = 1;
            statement.setLong(index++, assignee.value());
            for (Object value : values) {
                if (value instanceof Long[] ids) {
                    statement.setArray(index++, statement.getConnection().createArrayOf("bigint", ids));
                } else {
                    statement.setObject(index++, value);
                }
            }
            statement.setInt(index, limit);
            List<AssignedTicket> tickets = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    tickets.add(new AssignedTicket(new TicketId(row.getLong("id")),
                            new TicketNumber(row.getString("number")), row.getString("title"),
                            TicketStatus.fromCode(row.getString("status")),
                            Priority.fromCode(row.getString("priority")),
                            row.getTimestamp("updated_at").toInstant()));
                }
            }
            return tickets;
        });
    }
}
