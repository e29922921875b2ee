package io.supportdesk.application.sla;

import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.sla.port.in.EscalateSlaRisksUseCase;
import io.supportdesk.application.sla.port.out.SlaWatchlist;
import io.supportdesk.application.ticket.ChangeAftermath;
import io.supportdesk.application.ticket.StaleTicketException;
import io.supportdesk.application.ticket.TicketBusyException;
import io.supportdesk.application.ticket.port.out.TicketEventPublisher;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketEvent;
import io.supportdesk.domain.ticket.TicketId;

import java.time.Clock;
import java.util.List;

public final class EscalateSlaRisksService implements EscalateSlaRisksUseCase {

    private static final int BATCH = 200;

    private final SlaWatchlist watchlist;
    private final TicketRepository tickets;
    private final ChangeAftermath aftermath;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public EscalateSlaRisksService(SlaWatchlist watchlist, TicketRepository tickets, TicketEventPublisher events,
                                   UnitOfWork unitOfWork, Clock clock) {
        this(watchlist, tickets, ChangeAftermath.publishing(events), unitOfWork, clock);
    }

    public EscalateSlaRisksService(SlaWatchlist watchlist, TicketRepository tickets, ChangeAftermath aftermath,
                                   UnitOfWork unitOfWork, Clock clock) {
        this.watchlist = watchlist;
        this.tickets = tickets;
        this.aftermath = aftermath;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public int escalate() {
        int escalated = 0;
        for (TicketId id : watchlist.dueForCheck(clock.instant(), BATCH)) {
            try {
                escalated += unitOfWork.inTransaction(() -> escalate(id)) ? 1 : 0;
            } catch (StaleTicketException | TicketBusyException changedOrHeldMeanwhile) {
                // Someone changed the ticket while we looked, or held it past the lock bound; the next round looks
                // again with fresh data, and the other tickets of this one go on.
            }
        }
        return escalated;
    }

    private boolean escalate(TicketId id) {
        Ticket ticket = tickets.findById(id).orElse(null);
        if (ticket == null) {
            return false;
        }
        ticket.checkSla(clock);
        List<TicketEvent> recorded = ticket.pullEvents();
        if (recorded.isEmpty()) {
            return false;
        }
        // Saving records that the events were reported, so another instance's round does not repeat them.
        aftermath.publish(tickets.save(ticket), recorded);
        return true;
    }
}
