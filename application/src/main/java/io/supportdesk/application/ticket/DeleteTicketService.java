package io.supportdesk.application.ticket;

import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.ticket.port.in.DeleteTicketUseCase;
import io.supportdesk.application.ticket.port.in.TicketReference;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketPermissions;

public final class DeleteTicketService implements DeleteTicketUseCase {

    private final TicketRepository tickets;
    private final TicketAccess access;
    private final UnitOfWork unitOfWork;

    public DeleteTicketService(TicketRepository tickets, TicketAccess access, UnitOfWork unitOfWork) {
        this.tickets = tickets;
        this.access = access;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void delete(Actor actor, TicketReference reference) {
        unitOfWork.run(() -> {
            Ticket ticket = access.loadReadable(actor, reference);
            TicketPermissions.checkDelete(actor);
            tickets.delete(ticket.id());
        });
    }
}
