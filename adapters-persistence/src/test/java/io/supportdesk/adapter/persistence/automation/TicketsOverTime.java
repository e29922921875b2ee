package io.supportdesk.adapter.persistence.automation;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import io.supportdesk.adapter.persistence.conversation.JdbcCommentRepository;
import io.supportdesk.adapter.persistence.testing.TestRows;
import io.supportdesk.adapter.persistence.testing.TestTickets;
import io.supportdesk.adapter.persistence.ticket.JdbcTicketHistory;
import io.supportdesk.adapter.persistence.ticket.JdbcTicketRepository;
import io.supportdesk.application.automation.port.out.AutomationFacts.TicketContext;
import io.supportdesk.domain.automation.TicketFacts;
import io.supportdesk.domain.conversation.Comment;
import io.supportdesk.domain.conversation.CommentBody;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.Channel;
import io.supportdesk.domain.ticket.PriorityChanged;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.StatusChanged;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketStatus;

import jakarta.inject.Singleton;

import java.sql.Connection;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Tickets with a past, for the automation adapters' tests: created at a chosen instant, moved and commented on at
 * chosen instants through the adapters that write those rows in production (JdbcTicketHistory, JdbcCommentRepository),
 * so the history kinds and comment roles read here are the ones really written. A bean of the tests' context, like
 * {@code TestRows}: the tests inject it.
 */
@Singleton
final class TicketsOverTime {

    private final TestRows rows;
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final JdbcTicketHistory history;
    private final JdbcCommentRepository comments;
    private final JdbcTicketRepository tickets;
    private final Actor agent;

    TicketsOverTime(TestRows rows, JdbcOperations jdbc, TransactionOperations<Connection> transactions,
                    JdbcTicketHistory history, JdbcCommentRepository comments, JdbcTicketRepository tickets) {
        this.rows = rows;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.history = history;
        this.comments = comments;
        this.tickets = tickets;
        this.agent = new Actor(rows.user(Role.AGENT), Role.AGENT);
    }

    /** A ticket of this requester's, created at {@code createdAt} and now in {@code status}, with no history. */
    TicketId ticket(UserId requester, TicketStatus status, Instant createdAt) {
        TicketId id = transactions.executeWrite(tx -> TestTickets.insert(jdbc, requester));
        OffsetDateTime at = utc(createdAt);
        rows.execute("UPDATE tickets SET status = ?, created_at = ?, updated_at = ?, customer_updated_at = ?, "
                + "resolved_at = CASE WHEN ? IN ('resolved', 'closed') THEN ?::timestamptz END, "
                + "closed_at = CASE WHEN ? = 'closed' THEN ?::timestamptz END WHERE id = ?", status.code(), at, at, at,
                status.code(), at, status.code(), at, id.value());
        return id;
    }

    TicketId ticket(TicketStatus status, Instant createdAt) {
        return ticket(rows.user(Role.CUSTOMER), status, createdAt);
    }

    /** Records a move in the audit trail at {@code at}; the ticket's status column is left as it is. */
    void moved(TicketId ticket, TicketStatus from, TicketStatus to, Instant at) {
        history.publish(List.of(new StatusChanged(UUID.randomUUID(), ticket, from, to, agent, at)));
    }

    /** An audit-trail row that is not a status change. */
    void reprioritised(TicketId ticket, Instant at) {
        history.publish(List.of(new PriorityChanged(UUID.randomUUID(), ticket, Priority.LOW, Priority.HIGH, agent,
                at)));
    }

    void customerWrote(TicketId ticket, UserId customer, Instant at) {
        comment(ticket, new Actor(customer, Role.CUSTOMER), false, at);
    }

    void customerWrote(TicketId ticket, Instant at) {
        customerWrote(ticket, rows.user(Role.CUSTOMER), at);
    }

    void agentWrote(TicketId ticket, boolean internal, Instant at) {
        comment(ticket, agent, internal, at);
    }

    private void comment(TicketId ticket, Actor author, boolean internal, Instant at) {
        comments.add(new Comment(comments.nextId(), ticket, author, new CommentBody("Written at " + at), internal,
                Channel.WEB, at));
    }

    /** The facts a rule would be judged on at {@code now}: the stored ticket and its context. */
    TicketFacts facts(TicketId ticket, TicketContext context, Instant now) {
        return TicketFacts.of(tickets.findById(ticket).orElseThrow().snapshot(), context.requesterEmail(),
                context.statusChangedAt(), context.lastCustomerReplyAt(), now);
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
