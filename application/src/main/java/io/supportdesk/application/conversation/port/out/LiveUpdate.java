package io.supportdesk.application.conversation.port.out;

import io.supportdesk.application.conversation.port.in.CommentDetails;
import io.supportdesk.application.ticket.port.out.TicketParticipants.Participant;
import io.supportdesk.application.conversation.ChatSignal.TicketField;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketNumber;
import io.supportdesk.domain.ticket.TicketStatus;

import java.util.List;
import io.supportdesk.application.ticket.port.out.TeamSummary;
import io.supportdesk.domain.identity.Actor;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What the followers of a ticket on this instance are shown, loaded once per instance. Visibility is the
 * receiver's to apply per reader: {@link io.supportdesk.domain.conversation.Comment#visibleTo}, and {@link Typing#internal()} for staff only.
 */
public sealed interface LiveUpdate {

    TicketId ticket();

    /** A message of the conversation, with its author. */
    record Message(CommentDetails message) implements LiveUpdate {
        public Message {
            Objects.requireNonNull(message, "message");
        }

        @Override
        public TicketId ticket() {
            return message.comment().ticketId();
        }
    }

    /** The ticket as it is after a change, and which change it was ({@code from}/{@code to} as in the signal). */
    /**
     * @param readableBy who may still read the ticket as it now is (TicketVisibility): a follower who may not, since
     *                   it moved to another team or away from them, is let go
     */
    record TicketUpdated(TicketId ticket, TicketNumber number, TicketStatus status, Priority priority,
                         Optional<Participant> assignee, TicketField field, Optional<String> from,
                         Optional<String> to, Optional<Participant> by, Optional<TeamSummary> team,
                         Predicate<Actor> readableBy)
            implements LiveUpdate {

        /** Of no team, readable by whoever follows it. */
        public TicketUpdated(TicketId ticket, TicketNumber number, TicketStatus status, Priority priority,
                             Optional<Participant> assignee, TicketField field, Optional<String> from,
                             Optional<String> to, Optional<Participant> by) {
            this(ticket, number, status, priority, assignee, field, from, to, by, Optional.empty(), actor -> true);
        }

        public TicketUpdated {
            Objects.requireNonNull(readableBy, "readableBy");
            Objects.requireNonNull(team, "team");
            Objects.requireNonNull(ticket, "ticket");
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(priority, "priority");
            Objects.requireNonNull(assignee, "assignee");
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(by, "by");
        }
    }

    record Typing(TicketId ticket, Participant user, boolean typing, boolean internal) implements LiveUpdate {
        public Typing {
            Objects.requireNonNull(ticket, "ticket");
            Objects.requireNonNull(user, "user");
        }
    }

    /** Someone arrived or left, and who is there now. */
    record Presence(TicketId ticket, Participant user, boolean present, List<Participant> active)
            implements LiveUpdate {
        public Presence {
            Objects.requireNonNull(ticket, "ticket");
            Objects.requireNonNull(user, "user");
            active = List.copyOf(active);
        }
    }
}
