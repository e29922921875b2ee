package io.supportdesk.adapter.persistence.notification;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import io.supportdesk.adapter.persistence.testing.TestDatabase;
import io.supportdesk.adapter.persistence.testing.TestUsers;
import io.supportdesk.application.notification.port.out.NotificationDirectory.Addressee;
import io.supportdesk.application.notification.port.out.NotificationDirectory.CommentText;
import io.supportdesk.application.notification.port.out.NotificationDirectory.NotificationPreferences;
import io.supportdesk.application.notification.port.out.NotificationDirectory.TicketSummary;
import io.supportdesk.application.ticket.port.out.TicketIdentities;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.domain.ticket.CommentId;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.team.TeamId;
import io.supportdesk.domain.ticket.CategoryCode;
import io.supportdesk.domain.ticket.CustomFields;
import io.supportdesk.domain.ticket.Description;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.SlaPolicy;
import io.supportdesk.domain.ticket.Tags;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketStatus;
import io.supportdesk.domain.ticket.Title;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcNotificationDirectoryTest implements TestPropertyProvider {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Inject
    JdbcNotificationDirectory directory;
    @Inject
    TicketRepository tickets;
    @Inject
    TicketIdentities identities;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.stringProperties();
    }

    private UserId user(String role) {
        return transactions.executeWrite(status -> TestUsers.insert(jdbc, role));
    }

    private void execute(String sql, Object... parameters) {
        transactions.executeWrite(status -> jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }));
    }

    private Ticket ticketFor(UserId customer) {
        TicketIdentities.NewTicketIdentity identity = identities.next();
        return tickets.save(Ticket.open(identity.id(), identity.number(), new Title("Printer on fire"),
                new Description("It started smoking."), Priority.HIGH, new CategoryCode("technical"), Tags.none(),
                CustomFields.none(), customer, SlaPolicy.defaults().targetsFor(Priority.HIGH,
                        new CategoryCode("technical")), new Actor(customer, Role.CUSTOMER),
                Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    @Test
    void a_user_is_found_with_address_role_and_default_preferences() {
        UserId agent = user("agent");

        Addressee found = directory.user(agent).orElseThrow();

        assertEquals(agent, found.id());
        assertEquals("Test agent", found.name());
        assertTrue(found.email().value().startsWith("agent-"));
        assertEquals(Role.AGENT, found.role());
        assertTrue(found.active());
        assertEquals(NotificationPreferences.all(), found.preferences());
        assertTrue(directory.user(new UserId(Long.MAX_VALUE - 1)).isEmpty());
    }

    @Test
    void stored_opt_outs_are_read() {
        UserId customer = user("customer");
        execute("INSERT INTO notification_preferences (user_id, ticket_replies, daily_digest, updated_at) "
                + "VALUES (?, false, true, now())", customer.value());

        assertEquals(new NotificationPreferences(false, true), directory.user(customer).orElseThrow().preferences());
    }

    @Test
    void managers_are_the_active_ones() {
        UserId active = user("manager");
        UserId inactive = user("manager");
        execute("UPDATE users SET active = false WHERE id = ?", inactive.value());

        assertTrue(directory.managers().stream().anyMatch(manager -> manager.id().equals(active)));
        assertFalse(directory.managers().stream().anyMatch(manager -> manager.id().equals(inactive)));
        assertTrue(directory.managers().stream().allMatch(manager -> manager.role() == Role.MANAGER));
        assertTrue(directory.teamMembers(new TeamId(1)).isEmpty(), "no team membership is stored yet");
    }

    @Test
    void a_ticket_is_summarised_with_its_people_and_due_times() {
        UserId customer = user("customer");
        Ticket ticket = ticketFor(customer);

        TicketSummary summary = directory.ticket(ticket.id()).orElseThrow();

        assertEquals(ticket.number(), summary.number());
        assertEquals(new Title("Printer on fire"), summary.title());
        assertEquals(TicketStatus.OPEN, summary.status());
        assertEquals(Priority.HIGH, summary.priority());
        assertEquals(customer, summary.requester());
        assertTrue(summary.assignee().isEmpty());
        assertEquals(NOW.plus(Duration.ofHours(4)), summary.firstResponseDueAt());
        assertEquals(NOW.plus(Duration.ofHours(48)), summary.resolutionDueAt());
        assertTrue(directory.ticket(new TicketId(Long.MAX_VALUE - 1)).isEmpty());
    }

    @Test
    void comments_are_read_in_the_order_asked_with_author_and_internal_flag_and_missing_ones_left_out() {
        UserId customer = user("customer");
        UserId agent = user("agent");
        Ticket ticket = ticketFor(customer);
        long note = nextCommentId();
        execute("INSERT INTO ticket_comments (id, ticket_id, author_id, author_role, body, internal, channel, "
                + "created_at) VALUES (?, ?, ?, 'agent', ?, true, 'web', ?)", note, ticket.id().value(),
                agent.value(), "Customer seems upset <b>", Timestamp.from(NOW));
        long reply = nextCommentId();
        execute("INSERT INTO ticket_comments (id, ticket_id, author_id, author_role, body, internal, channel, "
                + "created_at) VALUES (?, ?, ?, 'customer', ?, false, 'chat', ?)", reply, ticket.id().value(),
                customer.value(), "Still broken", Timestamp.from(NOW));

        assertEquals(List.of(new CommentText(new CommentId(reply), customer, "Still broken", false),
                        new CommentText(new CommentId(note), agent, "Customer seems upset <b>", true)),
                directory.comments(List.of(new CommentId(reply), new CommentId(Long.MAX_VALUE - 1),
                        new CommentId(note))));
        assertTrue(directory.comments(List.of()).isEmpty());
    }

    private long nextCommentId() {
        return transactions.executeWrite(status -> jdbc.prepareStatement("SELECT nextval('comment_seq')",
                statement -> {
                    try (var rows = statement.executeQuery()) {
                        rows.next();
                        return rows.getLong(1);
                    }
                }));
    }
}
