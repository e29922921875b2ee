package io.supportdesk.domain.ticket;

import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.UserId;

import java.util.Objects;

/**
 * Which tickets exist for a caller: the one reading rule, used for single tickets ({@link #includes}) and, in its
 * SQL form built by persistence from the same cases, for lists, counts and searches. Staff see every ticket for now
 * (the rule is "their team's, unassigned, and assigned to them"; until teams route work that is all of them); a
 * customer sees the tickets they requested and nothing else, and sees them as a customer does
 * ({@link CustomerView}).
 */
public sealed interface TicketVisibility permits TicketVisibility.AllTickets, TicketVisibility.RequestedBy {

    static TicketVisibility of(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        return actor.isStaff() ? new AllTickets() : new RequestedBy(actor.id());
    }

    boolean includes(Ticket ticket);

    /** Staff: every ticket, internal activity included. */
    record AllTickets() implements TicketVisibility {
        @Override
        public boolean includes(Ticket ticket) {
            return true;
        }
    }

    /** A customer: their own tickets, without internal activity. */
    record RequestedBy(UserId requester) implements TicketVisibility {
        public RequestedBy {
            Objects.requireNonNull(requester, "requester");
        }

        @Override
        public boolean includes(Ticket ticket) {
            return ticket.requester().equals(requester);
        }
    }
}
