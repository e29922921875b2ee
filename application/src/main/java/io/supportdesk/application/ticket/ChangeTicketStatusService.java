package io.supportdesk.application.ticket;

import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.ticket.port.in.ChangeTicketStatusCommand;
import io.supportdesk.application.ticket.port.in.ChangeTicketStatusUseCase;
import io.supportdesk.application.ticket.port.in.TicketDetails;
import io.supportdesk.application.ticket.port.out.TicketEventPublisher;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketPermissions;
import io.supportdesk.domain.ticket.Workflow;

import java.time.Clock;

public final class ChangeTicketStatusService implements ChangeTicketStatusUseCase {

    private final TicketRepository tickets;
    private final TicketEventPublisher events;
    private final TicketAccess access;
    private final Workflow workflow;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ChangeTicketStatusService(TicketRepository tickets, TicketEventPublisher events, TicketAccess access,
                                     Workflow workflow, UnitOfWork unitOfWork, Clock clock) {
        this.tickets = tickets;
        this.events = events;
        this.access = access;
        this.workflow = workflow;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public TicketDetails changeStatus(ChangeTicketStatusCommand command) {
        return unitOfWork.inTransaction(() -> {
            Ticket ticket = access.loadForChange(command.actor(), command.ticket(), command.expectedVersion());
            TicketPermissions.checkChangeStatus(command.actor(), ticket, command.target());
            ticket.moveTo(command.target(), command.actor(), workflow, clock, command.reason());
            Ticket saved = tickets.save(ticket);
            events.publish(ticket.pullEvents());
            return access.describe(command.actor(), saved);
        });
    }
}
