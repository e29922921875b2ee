package io.supportdesk.application.ticket;

import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.ticket.port.in.ChangeTicketStatusCommand;
import io.supportdesk.application.ticket.port.in.ChangeTicketStatusUseCase;
import io.supportdesk.application.ticket.port.out.TicketEventPublisher;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.Workflow;

import java.time.Clock;

public final class ChangeTicketStatusService implements ChangeTicketStatusUseCase {

    private final TicketRepository tickets;
    private final TicketEventPublisher events;
    private final Workflow workflow;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ChangeTicketStatusService(TicketRepository tickets, TicketEventPublisher events, Workflow workflow,
                                     UnitOfWork unitOfWork, Clock clock) {
        this.tickets = tickets;
        this.events = events;
        this.workflow = workflow;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Ticket changeStatus(ChangeTicketStatusCommand command) {
        return unitOfWork.inTransaction(() -> {
            Ticket ticket = tickets.findById(command.ticketId())
                    .orElseThrow(() -> new TicketNotFoundException(String.valueOf(command.ticketId().value())));
            command.expectedVersion().ifPresent(expected -> {
                if (expected != ticket.version()) {
                    throw new StaleTicketException(ticket.id(), expected);
                }
            });
            ticket.moveTo(command.target(), command.actor(), workflow, clock);
            Ticket saved = tickets.save(ticket);
            events.publish(ticket.pullEvents());
            return saved;
        });
    }
}
