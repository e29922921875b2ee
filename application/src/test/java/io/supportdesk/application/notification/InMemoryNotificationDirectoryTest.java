package io.supportdesk.application.notification;

import io.supportdesk.application.notification.port.out.NotificationDirectory;
import io.supportdesk.application.notification.port.out.NotificationDirectory.Addressee;
import io.supportdesk.application.notification.port.out.NotificationDirectory.CommentText;
import io.supportdesk.application.notification.port.out.NotificationDirectory.NotificationPreferences;
import io.supportdesk.application.notification.port.out.NotificationDirectory.TicketSummary;
import io.supportdesk.application.ticket.SequenceTicketIdentities;
import io.supportdesk.application.ticket.port.out.TicketIdentities;
import io.supportdesk.domain.conversation.Comment;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.CommentId;
import io.supportdesk.domain.ticket.Ticket;

import java.util.concurrent.atomic.AtomicLong;

class InMemoryNotificationDirectoryTest extends NotificationDirectoryContract {

    private final InMemoryNotificationDirectory directory = new InMemoryNotificationDirectory();
    private final SequenceTicketIdentities tickets = new SequenceTicketIdentities("TKT");
    private final AtomicLong ids = new AtomicLong();

    @Override
    protected NotificationDirectory directory() {
        return directory;
    }

    @Override
    protected UserId aUser(Role role, String name, String email) {
        UserId id = new UserId(ids.incrementAndGet());
        directory.put(new Addressee(id, name, new EmailAddress(email), role, true, NotificationPreferences.all()));
        return id;
    }

    @Override
    protected void deactivate(UserId user) {
        Addressee a = directory.user(user).orElseThrow();
        directory.put(new Addressee(a.id(), a.name(), a.email(), a.role(), false, a.preferences()));
    }

    @Override
    protected void choose(UserId user, NotificationPreferences preferences) {
        Addressee a = directory.user(user).orElseThrow();
        directory.put(new Addressee(a.id(), a.name(), a.email(), a.role(), a.active(), preferences));
    }

    @Override
    protected TeamId aTeam() {
        return new TeamId(++teams);
    }

    private long teams;

    @Override
    protected TicketIdentities ticketIdentities() {
        return tickets;
    }

    @Override
    protected void store(Ticket ticket) {
        directory.put(new TicketSummary(ticket.id(), ticket.number(), ticket.title(), ticket.status(),
                ticket.priority(), ticket.requester(), ticket.assignee(), ticket.team(),
                ticket.firstResponseClock().dueAt(), ticket.resolutionClock().dueAt()));
    }

    @Override
    protected CommentId nextCommentId() {
        return new CommentId(ids.incrementAndGet());
    }

    @Override
    protected void store(Comment comment) {
        directory.put(new CommentText(comment.id(), comment.author().id(), comment.body().value(),
                comment.internal()));
    }
}
