package io.supportdesk.application.identity;

import io.supportdesk.application.identity.port.in.AssignedTicket;
import io.supportdesk.application.identity.port.in.ListAgentTicketsQuery;
import io.supportdesk.application.identity.port.in.ListAgentTicketsUseCase;
import io.supportdesk.application.identity.port.out.AssignedTickets;
import io.supportdesk.application.identity.port.out.UserRepository;
import io.supportdesk.domain.identity.User;
import io.supportdesk.domain.ticket.TicketVisibility;

import java.util.List;

public final class ListAgentTicketsService implements ListAgentTicketsUseCase {

    private final UserRepository users;
    private final AssignedTickets tickets;

    public ListAgentTicketsService(UserRepository users, AssignedTickets tickets) {
        this.users = users;
        this.tickets = tickets;
    }

    @Override
    public List<AssignedTicket> list(ListAgentTicketsQuery query) {
        IdentityAccess.requireStaff(query.actor());
        User agent = users.findById(query.agent()).filter(user -> user.role().isStaff())
                .orElseThrow(() -> new UserNotFoundException(query.agent()));
        return tickets.openTicketsAssignedTo(agent.id(), TicketVisibility.of(query.actor()), query.limit());
    }
}
