package io.supportdesk.application.team;

import io.supportdesk.application.team.port.out.TeamTickets;
import io.supportdesk.application.ticket.InMemoryTicketRepository;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketId;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** A team's open tickets read from the in-memory ticket table, in the orders the JDBC queries give. */
public final class InMemoryTeamTickets implements TeamTickets {

    private static final Comparator<Ticket> OLDEST_FIRST = Comparator.comparing(Ticket::createdAt)
            .thenComparingLong(ticket -> ticket.id().value());
    private static final Comparator<Ticket> BY_ID = Comparator.comparingLong(ticket -> ticket.id().value());

    private final InMemoryTicketRepository tickets;

    public InMemoryTeamTickets(InMemoryTicketRepository tickets) {
        this.tickets = tickets;
    }

    @Override
    public List<TicketId> waiting(TeamId team, int limit) {
        return open(ofTeam(team).and(ticket -> ticket.assignee().isEmpty()), OLDEST_FIRST).stream().limit(limit)
                .toList();
    }

    @Override
    public List<TicketId> open(TeamId team) {
        return open(ofTeam(team), BY_ID);
    }

    @Override
    public List<TicketId> openAssignedTo(TeamId team, UserId assignee) {
        return open(ofTeam(team).and(assignedTo(assignee)), BY_ID);
    }

    @Override
    public List<TicketId> openAssignedTo(UserId assignee) {
        return open(assignedTo(assignee), BY_ID);
    }

    private List<TicketId> open(Predicate<Ticket> which, Comparator<Ticket> order) {
        return tickets.all().stream().filter(ticket -> ticket.status().isOpen()).filter(which).sorted(order)
                .map(Ticket::id).toList();
    }

    private static Predicate<Ticket> ofTeam(TeamId team) {
        return ticket -> ticket.team().equals(Optional.of(team));
    }

    private static Predicate<Ticket> assignedTo(UserId assignee) {
        return ticket -> ticket.assignee().equals(Optional.of(assignee));
    }
}
