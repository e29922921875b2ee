package io.supportdesk.application.assignment.port.in;

import io.supportdesk.application.ticket.port.in.TicketReference;
import io.supportdesk.domain.identity.Actor;

/** Lets the configured assignment strategy pick an active agent for a ticket (managers and admins). */
public interface AutoAssignTicketUseCase {

    AutoAssignResult autoAssign(Actor actor, TicketReference ticket);
}
