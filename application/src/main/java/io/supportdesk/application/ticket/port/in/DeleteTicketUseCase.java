package io.supportdesk.application.ticket.port.in;

import io.supportdesk.domain.identity.Actor;

/** Deletes a ticket with its conversation and history (administrators only). */
public interface DeleteTicketUseCase {

    void delete(Actor actor, TicketReference ticket);
}
