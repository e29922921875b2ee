package io.supportdesk.application.ticket;

import io.supportdesk.application.ticket.port.in.GetTicketUseCase;
import io.supportdesk.application.ticket.port.in.TicketDetails;
import io.supportdesk.application.ticket.port.in.TicketReference;
import io.supportdesk.domain.identity.Actor;

public final class GetTicketService implements GetTicketUseCase {

    private final TicketAccess access;

    public GetTicketService(TicketAccess access) {
        this.access = access;
    }

    @Override
    public TicketDetails get(Actor actor, TicketReference reference) {
        return access.describe(actor, access.loadReadable(actor, reference));
    }
}
