package io.supportdesk.adapter.persistence.conversation;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.TicketId;

import java.sql.ResultSet;

/** Inserts bare ticket rows straight into the table, for tests of tables that reference tickets. */
final class TestTickets {

    private TestTickets() {
    }

    static TicketId insert(JdbcOperations jdbc, UserId requester) {
        // A sequence of its own, far above the application's, so tests elsewhere keep their ticket numbers.
        jdbc.prepareStatement("CREATE SEQUENCE IF NOT EXISTS test_chat_ticket_seq START WITH 900000000",
                statement -> statement.execute());
        return jdbc.prepareStatement("""
                INSERT INTO tickets (id, number, title, description, status, priority, category, requester_id,
                    created_at, updated_at, first_response_started_at, first_response_target_s,
                    first_response_paused_s, first_response_due_at, resolution_started_at, resolution_target_s,
                    resolution_paused_s, resolution_due_at, version, customer_version, customer_updated_at)
                SELECT n, 'CHT-' || n, 'Chat test', 'A ticket to chat on', 'open', 'low',
                    (SELECT code FROM categories ORDER BY code LIMIT 1), ?, now(), now(), now(), 3600, 0,
                    now() + interval '1 hour', now(), 86400, 0, now() + interval '1 day', 0, 0, now()
                FROM (SELECT nextval('test_chat_ticket_seq') AS n) AS next
                RETURNING id""", statement -> {
            statement.setLong(1, requester.value());
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return new TicketId(rows.getLong(1));
            }
        });
    }
}
