package io.supportdesk.domain.ticket;

import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.identity.TeamId;

import java.util.Objects;
import java.util.Set;

/**
 * Which tickets exist for a caller: the one reading rule, used for single tickets ({@link #includes}) and, in its
 * SQL form built by persistence from the same cases, for lists, counts, statistics, chat admission and notification
 * recipients. Managers and administrators read every ticket; an agent reads the tickets of their teams, the tickets
 * assigned to them and the unassigned tickets that no team owns yet; a customer reads the tickets they requested and
 * nothing else, and sees them as a customer does ({@link CustomerView}). A ticket outside the rule does not exist for
 * the caller: it answers "not found", never "forbidden".
 */
public sealed interface TicketVisibility
        permits TicketVisibility.AllTickets, TicketVisibility.TeamScope, TicketVisibility.RequestedBy {

    static TicketVisibility of(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        return switch (actor.role()) {
            case MANAGER, ADMIN -> new AllTickets();
            case AGENT -> new TeamScope(actor.id(), actor.teams());
            case CUSTOMER -> new RequestedBy(actor.id());
        };
    }

    boolean includes(Ticket ticket);

    /** Supervisors: every ticket, internal activity included. */
    record AllTickets() implements TicketVisibility {
        @Override
        public boolean includes(Ticket ticket) {
            return true;
        }
    }

    /** An agent: their teams' tickets, their own, and the unrouted queue (no team, nobody assigned). */
    record TeamScope(UserId agent, Set<TeamId> teams) implements TicketVisibility {
        public TeamScope {
            Objects.requireNonNull(agent, "agent");
            teams = Set.copyOf(Objects.requireNonNull(teams, "teams"));
        }

        @Override
        public boolean includes(Ticket ticket) {
            return ticket.team().map(teams::contains).orElse(false)
                    || ticket.assignee().map(agent::equals).orElse(false)
                    || (ticket.team().isEmpty() && ticket.assignee().isEmpty());
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
