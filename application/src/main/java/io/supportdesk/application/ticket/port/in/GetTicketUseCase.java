package io.supportdesk.application.ticket.port.in;

import io.supportdesk.domain.identity.Actor;

/** Reads one ticket; one the caller may not read is reported exactly like one that does not exist. */
public interface GetTicketUseCase {

    TicketDetails get(Actor actor, TicketReference reference);
}
