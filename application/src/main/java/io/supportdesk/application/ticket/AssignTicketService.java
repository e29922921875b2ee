package io.supportdesk.application.ticket;

import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.ticket.port.in.AssignTicketUseCase;
import io.supportdesk.application.ticket.port.in.TicketDetails;
import io.supportdesk.application.ticket.port.in.TicketReference;
import io.supportdesk.application.ticket.port.out.TicketEventPublisher;
import io.supportdesk.application.ticket.port.out.TicketParticipants;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketPermissions;
import io.supportdesk.domain.ticket.TicketRuleViolation;

import java.time.Clock;
import java.util.OptionalLong;

public final class AssignTicketService implements AssignTicketUseCase {

    private final TicketRepository tickets;
    private final TicketEventPublisher events;
    private final TicketParticipants participants;
    private final TicketAccess access;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public AssignTicketService(TicketRepository tickets, TicketEventPublisher events,
                               TicketParticipants participants, TicketAccess access, UnitOfWork unitOfWork,
                               Clock clock) {
        this.tickets = tickets;
        this.events = events;
        this.participants = participants;
        this.access = access;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public TicketDetails assign(Actor actor, TicketReference reference, UserId assignee,
                                OptionalLong expectedVersion) {
        return unitOfWork.inTransaction(() -> {
            Ticket ticket = access.loadForChange(actor, reference, expectedVersion);
            TicketPermissions.checkAssign(actor, assignee);
            participants.find(assignee)
                    .filter(p -> p.active() && p.role().mayBeAssigned())
                    .orElseThrow(() -> new TicketRuleViolation("assignee",
                            "must be an active agent or manager"));
            ticket.assignTo(assignee, actor, clock);
            Ticket saved = tickets.save(ticket);
            events.publish(ticket.pullEvents());
            return access.describe(actor, saved);
        });
    }
}
