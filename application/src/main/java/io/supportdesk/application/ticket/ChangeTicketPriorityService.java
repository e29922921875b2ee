package io.supportdesk.application.ticket;

import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.ticket.port.in.ChangeTicketPriorityUseCase;
import io.supportdesk.application.ticket.port.in.TicketDetails;
import io.supportdesk.application.ticket.port.in.TicketReference;
import io.supportdesk.application.ticket.port.out.CategoryCatalog;
import io.supportdesk.application.ticket.port.out.TicketEventPublisher;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.SlaPolicy;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketPermissions;

import java.time.Clock;
import java.util.OptionalLong;

public final class ChangeTicketPriorityService implements ChangeTicketPriorityUseCase {

    private final TicketRepository tickets;
    private final TicketEventPublisher events;
    private final CategoryCatalog categories;
    private final TicketAccess access;
    private final SlaPolicy slaPolicy;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ChangeTicketPriorityService(TicketRepository tickets, TicketEventPublisher events,
                                       CategoryCatalog categories, TicketAccess access, SlaPolicy slaPolicy,
                                       UnitOfWork unitOfWork, Clock clock) {
        this.tickets = tickets;
        this.events = events;
        this.categories = categories;
        this.access = access;
        this.slaPolicy = slaPolicy;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public TicketDetails changePriority(Actor actor, TicketReference reference, Priority priority,
                                        OptionalLong expectedVersion) {
        return unitOfWork.inTransaction(() -> {
            Ticket ticket = access.loadForChange(actor, reference, expectedVersion);
            TicketPermissions.checkChangePriority(actor);
            SlaPolicy policy = categories.find(ticket.category()).map(c -> c.applyTo(slaPolicy)).orElse(slaPolicy);
            ticket.changePriority(priority, policy.targetsFor(priority, ticket.category()), actor, clock);
            Ticket saved = tickets.save(ticket);
            events.publish(ticket.pullEvents());
            return access.describe(actor, saved);
        });
    }
}
