package io.supportdesk.application.notification.port.out;

import io.supportdesk.application.notification.EmailAddress;
import io.supportdesk.domain.ticket.CommentId;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketNumber;
import io.supportdesk.domain.ticket.TicketStatus;
import io.supportdesk.domain.ticket.Title;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What notification planning needs to know beyond the event itself: who people are and how to reach them, and the
 * state of a ticket. Read inside the change's unit of work, so it sees the change that caused the event.
 */
public interface NotificationDirectory {

    Optional<Addressee> user(UserId id);

    Optional<TicketSummary> ticket(TicketId id);

    /** Active managers, who hear about SLA trouble and triage replies on tickets nobody owns. */
    List<Addressee> managers();

    /** Active members of a team; empty when the team has none or teams are not recorded. */
    List<Addressee> teamMembers(TeamId team);

    /** Active leads of a team, who hear about its SLA trouble. */
    List<Addressee> teamLeads(TeamId team);

    /** Staff following the ticket (followers who lost access to it were let go when they did). */
    List<Addressee> followers(TicketId ticket);

    /** What the team is called, for the emails that name it. */
    Optional<String> teamName(TeamId team);

    /**
     * The texts of these comments, in the order asked for; a comment that cannot be found is left out, and its
     * reply email then points to the ticket instead of quoting it. One read, however many are asked for.
     */
    List<CommentText> comments(List<CommentId> ids);

    /** Someone who may receive email. */
    record Addressee(UserId id, String name, EmailAddress email, Role role, boolean active,
                     NotificationPreferences preferences) {

        public Addressee {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(preferences, "preferences");
        }
    }

    /**
     * Which optional emails a user wants. Everything else (their ticket was received, assigned to them, resolved,
     * an SLA is in danger) is essential and always sent.
     *
     * @param ticketReplies replies on tickets they follow: their own as a customer, those assigned to them as staff
     * @param dailyDigest   the morning summary of their open tickets
     */
    record NotificationPreferences(boolean ticketReplies, boolean dailyDigest) {

        public static NotificationPreferences all() {
            return new NotificationPreferences(true, true);
        }
    }

    /** A ticket as an email describes it. */
    record TicketSummary(TicketId id, TicketNumber number, Title title, TicketStatus status, Priority priority,
                         UserId requester, Optional<UserId> assignee, Optional<TeamId> team,
                         Instant firstResponseDueAt, Instant resolutionDueAt) {

        public TicketSummary {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(priority, "priority");
            Objects.requireNonNull(requester, "requester");
            Objects.requireNonNull(assignee, "assignee");
            Objects.requireNonNull(team, "team");
            Objects.requireNonNull(firstResponseDueAt, "firstResponseDueAt");
            Objects.requireNonNull(resolutionDueAt, "resolutionDueAt");
        }
    }

    /** A comment's text as written (plain text; the templates escape it). */
    record CommentText(CommentId id, UserId author, String body, boolean internal, List<CommentFile> files) {

        public CommentText {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(author, "author");
            Objects.requireNonNull(body, "body");
            files = List.copyOf(files);
        }

        public CommentText(CommentId id, UserId author, String body, boolean internal) {
            this(id, author, body, internal, List.of());
        }
    }

    /** A public file on a comment: emails name it and link to it, never carry its bytes. Internal files are never read. */
    record CommentFile(long attachmentId, String fileName, long size) {
    }
}
