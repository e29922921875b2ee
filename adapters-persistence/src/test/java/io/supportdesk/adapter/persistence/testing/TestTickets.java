package io.supportdesk.adapter.persistence.testing;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.supportdesk.application.ticket.port.out.TicketIdentities;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.CategoryCode;
import io.supportdesk.domain.ticket.CustomFields;
import io.supportdesk.domain.ticket.Description;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.SlaPolicy;
import io.supportdesk.domain.ticket.Tags;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.Title;

import java.sql.ResultSet;
import java.time.Clock;

/**
 * Tickets for persistence tests: bare rows straight into the table for tests of tables that merely reference
 * tickets, or real tickets opened through the domain (with the database's identities) for tests that read them.
 */
public final class TestTickets {

    private TestTickets() {
    }

    public static TicketId insert(JdbcOperations jdbc, UserId requester) {
        // A sequence of its own, far above the application's, so tests elsewhere keep their ticket numbers.
        jdbc.prepareStatement("CREATE SEQUENCE IF NOT EXISTS test_chat_ticket_seq START WITH 900000000",
                statement -> statement.execute());
        return jdbc.prepareStatement("""
                INSERT INTO tickets (id, number, title, description, status, priority, category, requester_id,
                    created_at, updated_at, first_response_started_at, first_response_target_s,
                    first_response_paused_s, first_response_due_at, resolution_started_at, resolution_target_s,
                    resolution_paused_s, resolution_due_at, version, customer_version, customer_updated_at,
                    first_response_at_risk_at, resolution_at_risk_at)
                SELECT n, 'CHT-' || n, 'Chat test', 'A ticket to chat on', 'open', 'low',
                    (SELECT code FROM categories ORDER BY code LIMIT 1), ?, now(), now(), now(), 3600, 0,
                    now() + interval '1 hour', now(), 86400, 0, now() + interval '1 day', 0, 0, now(),
                    now() + interval '48 minutes', now() + interval '19.2 hours'
                FROM (SELECT nextval('test_chat_ticket_seq') AS n) AS next
                RETURNING id""", statement -> {
            statement.setLong(1, requester.value());
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return new TicketId(rows.getLong(1));
            }
        });
    }

    /** A ticket its requester opened at {@code clock}'s time, not yet saved: "Printer on fire", HIGH, technical. */
    public static Ticket opened(TicketIdentities identities, UserId requester, Clock clock) {
        return opened(identities, requester, "Printer on fire", Priority.HIGH, new CategoryCode("technical"),
                Tags.none(), clock);
    }

    /** A ticket its requester opened at {@code clock}'s time with the default SLA targets, not yet saved. */
    public static Ticket opened(TicketIdentities identities, UserId requester, String title, Priority priority,
                                CategoryCode category, Tags tags, Clock clock) {
        TicketIdentities.NewTicketIdentity identity = identities.next();
        return Ticket.open(identity.id(), identity.number(), new Title(title), new Description("It started smoking."),
                priority, category, tags, CustomFields.none(), requester,
                SlaPolicy.defaults().targetsFor(priority, category), new Actor(requester, Role.CUSTOMER), clock);
    }
}
