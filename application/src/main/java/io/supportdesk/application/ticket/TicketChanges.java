package io.supportdesk.application.ticket;

import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.ticket.port.in.TicketDetails;
import io.supportdesk.application.ticket.port.in.TicketReference;
import io.supportdesk.application.ticket.port.out.TicketEventPublisher;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.ticket.Ticket;

import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * The one shape of a change to an existing ticket: in one unit of work, load a ticket the caller may read at the
 * version they saw ({@link TicketAccess#loadForChange}), let the use case check and change it, save it, publish its
 * events (and let the rules react: {@link ChangeAftermath}) and describe the result as the caller sees it. A use case only supplies the middle step, so none can
 * forget to publish or describe for the wrong viewer.
 */
public final class TicketChanges {

    private final TicketRepository tickets;
    private final ChangeAftermath aftermath;
    private final TicketAccess access;
    private final UnitOfWork unitOfWork;

    public TicketChanges(TicketRepository tickets, TicketEventPublisher events, TicketAccess access,
                         UnitOfWork unitOfWork) {
        this(tickets, ChangeAftermath.publishing(events), access, unitOfWork);
    }

    public TicketChanges(TicketRepository tickets, ChangeAftermath aftermath, TicketAccess access,
                         UnitOfWork unitOfWork) {
        this.tickets = tickets;
        this.aftermath = aftermath;
        this.access = access;
        this.unitOfWork = unitOfWork;
    }

    /** @param change checks the caller's permission and changes the ticket; throws to change nothing */
    public TicketDetails change(Actor actor, TicketReference reference, OptionalLong expectedVersion,
                                Consumer<Ticket> change) {
        return change(actor, reference, expectedVersion, change, saved -> {
        });
    }

    /** @param afterSave what else the change brings about, in the same unit of work (followers who lost access) */
    public TicketDetails change(Actor actor, TicketReference reference, OptionalLong expectedVersion,
                                Consumer<Ticket> change, Consumer<Ticket> afterSave) {
        return unitOfWork.inTransaction(() -> {
            Ticket ticket = access.loadForChange(actor, reference, expectedVersion);
            change.accept(ticket);
            Ticket saved = tickets.save(ticket);
            afterSave.accept(saved);
            return access.describe(actor, aftermath.publish(saved, ticket.pullEvents()));
        });
    }
}
