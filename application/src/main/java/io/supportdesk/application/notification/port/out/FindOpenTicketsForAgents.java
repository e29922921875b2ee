package io.supportdesk.application.notification.port.out;

import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.TicketNumber;
import io.supportdesk.domain.ticket.TicketStatus;
import io.supportdesk.domain.ticket.Title;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The daily digest's question: which agents have open tickets assigned, how many, and which are most urgent. */
public interface FindOpenTicketsForAgents {

    /**
     * Every user with at least one open (not resolved, not closed) ticket assigned, with the count per status and
     * up to {@code mostUrgent} of those tickets, highest priority first, then earliest resolution due.
     */
    List<AgentOpenTickets> openTicketsForAgents(int mostUrgent);

    /**
     * Every team with open tickets nobody works on, with how many and up to {@code mostUrgent} of them in the same
     * order: what its leads hear about in the morning.
     */
    List<TeamQueue> waitingByTeam(int mostUrgent);

    /** One team's waiting tickets. */
    record TeamQueue(TeamId team, int waiting, List<OpenTicket> mostUrgent) {

        public TeamQueue {
            Objects.requireNonNull(team, "team");
            mostUrgent = List.copyOf(mostUrgent);
        }
    }

    /** One agent's open tickets. */
    record AgentOpenTickets(UserId agent, Map<TicketStatus, Integer> openByStatus, List<OpenTicket> mostUrgent) {

        public AgentOpenTickets {
            Objects.requireNonNull(agent, "agent");
            openByStatus = Map.copyOf(openByStatus);
            mostUrgent = List.copyOf(mostUrgent);
        }
    }

    /** A line of the digest. */
    record OpenTicket(TicketNumber number, Title title, Priority priority, TicketStatus status,
                      Instant resolutionDueAt) {

        public OpenTicket {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(priority, "priority");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(resolutionDueAt, "resolutionDueAt");
        }
    }
}
