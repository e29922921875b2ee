package io.supportdesk.bootstrap.wiring;

import io.micronaut.context.annotation.Factory;
import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.ticket.ChangeTicketStatusService;
import io.supportdesk.application.ticket.SubmitTicketService;
import io.supportdesk.application.ticket.port.in.ChangeTicketStatusUseCase;
import io.supportdesk.application.ticket.port.in.SubmitTicketUseCase;
import io.supportdesk.application.ticket.port.out.TicketEventPublisher;
import io.supportdesk.application.ticket.port.out.TicketIdentities;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.domain.ticket.SlaPolicy;
import io.supportdesk.domain.ticket.Workflow;
import jakarta.inject.Singleton;

import java.time.Clock;

/** One bean per ticket use case, typed as its port; the adapters supply the out-ports. */
@Factory
class TicketWiring {

    @Singleton
    SubmitTicketUseCase submitTicket(TicketRepository tickets, TicketIdentities identities,
                                     TicketEventPublisher events, SlaPolicy slaPolicy, UnitOfWork unitOfWork,
                                     Clock clock) {
        return new SubmitTicketService(tickets, identities, events, slaPolicy, unitOfWork, clock);
    }

    @Singleton
    ChangeTicketStatusUseCase changeTicketStatus(TicketRepository tickets, TicketEventPublisher events,
                                                 Workflow workflow, UnitOfWork unitOfWork, Clock clock) {
        return new ChangeTicketStatusService(tickets, events, workflow, unitOfWork, clock);
    }
}
