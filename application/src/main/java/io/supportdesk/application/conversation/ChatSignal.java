package io.supportdesk.application.conversation;

import io.supportdesk.domain.ticket.CommentId;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.ActorEvent;
import io.supportdesk.domain.ticket.AttachmentAdded;
import io.supportdesk.domain.ticket.AttachmentRemoved;
import io.supportdesk.domain.ticket.CommentAdded;
import io.supportdesk.domain.ticket.PriorityChanged;
import io.supportdesk.domain.ticket.SlaAtRisk;
import io.supportdesk.domain.ticket.SlaBreached;
import io.supportdesk.domain.ticket.StatusChanged;
import io.supportdesk.domain.ticket.TicketAssigned;
import io.supportdesk.domain.ticket.TicketCreated;
import io.supportdesk.domain.ticket.TicketEdited;
import io.supportdesk.domain.ticket.TicketEvent;
import io.supportdesk.domain.ticket.TicketImported;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketTeamChanged;
import io.supportdesk.domain.ticket.TicketUnassigned;

import java.util.Objects;
import java.util.Optional;

/**
 * What one instance tells every instance (itself included) about a ticket's live conversation. Signals carry ids
 * and codes only, never text a person wrote: a receiver loads what it needs and applies visibility per reader, so
 * an internal note can never travel to a place that shows it to a customer.
 */
public sealed interface ChatSignal {

    /** A message was added to the conversation: a comment, a chat line or a system message alike. */
    record MessagePosted(TicketId ticket, CommentId comment) implements ChatSignal {
        public MessagePosted {
            Objects.requireNonNull(ticket, "ticket");
            Objects.requireNonNull(comment, "comment");
        }
    }

    /** A ticket's status, priority, assignee or details changed; {@code from} and {@code to} are codes or ids. */
    record TicketChanged(TicketId ticket, TicketField field, Optional<String> from, Optional<String> to,
                         Optional<UserId> by) implements ChatSignal {
        public TicketChanged {
            Objects.requireNonNull(ticket, "ticket");
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(by, "by");
        }
    }

    /** Someone started or stopped typing; {@code internal} typing (an internal note) is shown to staff only. */
    record Typing(TicketId ticket, UserId user, boolean typing, boolean internal) implements ChatSignal {
        public Typing {
            Objects.requireNonNull(ticket, "ticket");
            Objects.requireNonNull(user, "user");
        }
    }

    /** A person's first chat connection to a ticket opened, or their last one closed. */
    record PresenceChanged(TicketId ticket, UserId user, boolean present) implements ChatSignal {
        public PresenceChanged {
            Objects.requireNonNull(ticket, "ticket");
            Objects.requireNonNull(user, "user");
        }
    }

    /**
     * Signals may have been lost (the listening connection broke and was re-established): whoever follows a
     * ticket must catch up from what is stored.
     */
    record Gap() implements ChatSignal {
    }

    /** Which part of a ticket a {@link TicketChanged} is about. */
    enum TicketField {
        STATUS, PRIORITY, ASSIGNEE, TEAM, DETAILS
    }

    /** The signal a ticket event gives to chat followers, if any: creation and SLA escalations give none. */
    static Optional<ChatSignal> of(TicketEvent event) {
        return Optional.ofNullable(switch (event) {
            case CommentAdded added -> new MessagePosted(added.ticketId(), added.commentId());
            case StatusChanged changed -> changed(changed, TicketField.STATUS, Optional.of(changed.from().code()),
                    Optional.of(changed.to().code()));
            case PriorityChanged changed -> changed(changed, TicketField.PRIORITY, Optional.of(changed.from().code()),
                    Optional.of(changed.to().code()));
            case TicketAssigned assigned -> changed(assigned, TicketField.ASSIGNEE,
                    assigned.previous().map(ChatSignal::id), Optional.of(id(assigned.agent())));
            case TicketUnassigned unassigned -> changed(unassigned, TicketField.ASSIGNEE,
                    Optional.of(id(unassigned.previous())), Optional.empty());
            case TicketEdited edited -> changed(edited, TicketField.DETAILS, Optional.empty(), Optional.empty());
            case TicketTeamChanged team -> changed(team, TicketField.TEAM,
                    team.previous().map(previous -> String.valueOf(previous.value())),
                    Optional.of(String.valueOf(team.team().value())));
            case TicketCreated created -> null;
            case TicketImported imported -> null;
            // A file arrives with its message (whose frame carries it) or quietly: a customer's socket must not
            // learn of an internal upload even by a bare "something changed".
            case AttachmentAdded added -> null;
            case AttachmentRemoved removed -> null;
            case SlaAtRisk atRisk -> null;
            case SlaBreached breached -> null;
        });
    }

    private static TicketChanged changed(ActorEvent event, TicketField field, Optional<String> from,
                                         Optional<String> to) {
        return new TicketChanged(event.ticketId(), field, from, to, Optional.of(event.actor().id()));
    }

    private static String id(UserId user) {
        return String.valueOf(user.value());
    }
}
