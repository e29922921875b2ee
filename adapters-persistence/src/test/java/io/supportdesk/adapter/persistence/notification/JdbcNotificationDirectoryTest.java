package io.supportdesk.adapter.persistence.notification;

import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.supportdesk.adapter.persistence.testing.TestRows;
import io.supportdesk.application.notification.NotificationDirectoryContract;
import io.supportdesk.application.notification.port.out.NotificationDirectory;
import io.supportdesk.application.notification.port.out.NotificationDirectory.NotificationPreferences;
import io.supportdesk.application.ticket.port.out.TicketIdentities;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.domain.conversation.Comment;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.application.team.port.out.TeamRepository;
import io.supportdesk.domain.team.Team;
import io.supportdesk.domain.ticket.CommentId;
import io.supportdesk.domain.ticket.Ticket;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The notification-directory contract against real PostgreSQL, and what only the real tables can hold. */
@AdapterTest
class JdbcNotificationDirectoryTest extends NotificationDirectoryContract {

    @Inject
    JdbcNotificationDirectory directory;
    @Inject
    TicketRepository tickets;
    @Inject
    TicketIdentities identities;
    @Inject
    TeamRepository teams;
    @Inject
    JdbcOperations jdbc;

    @Inject
    TestRows rows;


    @BeforeAll
    void rows() {
    }

    @Override
    protected NotificationDirectory directory() {
        return directory;
    }

    @Override
    protected UserId aUser(Role role, String name, String email) {
        return rows.user(role, name, email);
    }

    @Override
    protected void deactivate(UserId user) {
        rows.deactivate(user);
    }

    @Override
    protected void choose(UserId user, NotificationPreferences preferences) {
        rows.execute("""
                INSERT INTO notification_preferences (user_id, ticket_replies, daily_digest, updated_at)
                VALUES (?, ?, ?, now())""", user.value(), preferences.ticketReplies(), preferences.dailyDigest());
    }

    @Override
    protected TicketIdentities ticketIdentities() {
        return identities;
    }

    @Override
    protected TeamId aTeam() {
        return teams.add(Team.create("Directory " + UUID.randomUUID(), "", ZoneOffset.UTC, Optional.empty(),
                "round_robin", false, Clock.systemUTC())).id();
    }

    @Override
    protected void store(Ticket ticket) {
        tickets.save(ticket);
    }

    @Override
    protected CommentId nextCommentId() {
        return new CommentId(rows.nextval("comment_seq"));
    }

    @Override
    protected void store(Comment comment) {
        rows.execute("""
                INSERT INTO ticket_comments (id, ticket_id, author_id, author_role, body, internal, channel, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", comment.id().value(), comment.ticketId().value(),
                comment.author().id().value(), comment.author().role().code(), comment.body().value(),
                comment.internal(), comment.channel().code(), Timestamp.from(comment.createdAt()));
    }

    @Test
    void a_stored_address_the_mail_check_refuses_is_left_out_rather_than_failing_the_change() {
        UserId unmailable = aUser(Role.MANAGER, "Old Import", "old-import-" + UUID.randomUUID());

        assertTrue(directory.user(unmailable).isEmpty());
        assertFalse(directory.managers().stream().anyMatch(manager -> manager.id().equals(unmailable)));
    }
}
