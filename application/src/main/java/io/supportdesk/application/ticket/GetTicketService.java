package io.supportdesk.application.ticket;

import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.ticket.port.in.GetTicketUseCase;
import io.supportdesk.application.ticket.port.in.TicketDetails;
import io.supportdesk.application.ticket.port.in.TicketReference;
import io.supportdesk.application.ticket.port.out.TicketViews;
import io.supportdesk.domain.identity.Actor;

public final class GetTicketService implements GetTicketUseCase {

    private final TicketViews views;
    private final TicketAccess access;
    private final UnitOfWork unitOfWork;

    public GetTicketService(TicketViews views, TicketAccess access, UnitOfWork unitOfWork) {
        this.views = views;
        this.access = access;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public TicketDetails get(Actor actor, TicketReference reference) {
        return unitOfWork.reading(() -> access.describe(actor,
                TicketAccess.readableView(actor, reference, views.find(reference))));
    }
}
