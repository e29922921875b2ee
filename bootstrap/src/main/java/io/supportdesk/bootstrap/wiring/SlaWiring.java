package io.supportdesk.bootstrap.wiring;

import io.micronaut.context.annotation.Factory;
import io.supportdesk.application.ticket.ChangeAftermath;
import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.sla.EscalateSlaRisksService;
import io.supportdesk.application.sla.port.in.EscalateSlaRisksUseCase;
import io.supportdesk.application.sla.port.out.SlaWatchlist;
import io.supportdesk.application.ticket.port.out.TicketEventPublisher;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import jakarta.inject.Singleton;

import java.time.Clock;

/** SLA escalation: the events it records go through the same publisher as every other ticket change. */
@Factory
class SlaWiring {

    @Singleton
    EscalateSlaRisksUseCase escalateSlaRisks(SlaWatchlist watchlist, TicketRepository tickets,
                                             ChangeAftermath events, UnitOfWork unitOfWork, Clock clock) {
        return new EscalateSlaRisksService(watchlist, tickets, events, unitOfWork, clock);
    }
}
