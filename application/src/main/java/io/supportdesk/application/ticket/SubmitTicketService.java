package io.supportdesk.application.ticket;

import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.ticket.port.in.SubmitTicketCommand;
import io.supportdesk.application.ticket.port.in.SubmitTicketUseCase;
import io.supportdesk.application.ticket.port.out.TicketEventPublisher;
import io.supportdesk.application.ticket.port.out.TicketIdentities;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.domain.ticket.SlaPolicy;
import io.supportdesk.domain.ticket.Ticket;

import java.time.Clock;

public final class SubmitTicketService implements SubmitTicketUseCase {

    private final TicketRepository tickets;
    private final TicketIdentities identities;
    private final TicketEventPublisher events;
    private final SlaPolicy slaPolicy;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public SubmitTicketService(TicketRepository tickets, TicketIdentities identities, TicketEventPublisher events,
                               SlaPolicy slaPolicy, UnitOfWork unitOfWork, Clock clock) {
        this.tickets = tickets;
        this.identities = identities;
        this.events = events;
        this.slaPolicy = slaPolicy;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Ticket submit(SubmitTicketCommand command) {
        return unitOfWork.inTransaction(() -> {
            TicketIdentities.NewTicketIdentity identity = identities.next();
            Ticket ticket = Ticket.open(identity.id(), identity.number(), command.title(), command.description(),
                    command.priority(), command.category(), command.tags(), command.customFields(),
                    command.requester(), slaPolicy.targetsFor(command.priority(), command.category()),
                    command.submittedBy(), clock);
            Ticket saved = tickets.save(ticket);
            events.publish(ticket.pullEvents());
            return saved;
        });
    }
}
