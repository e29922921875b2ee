package io.supportdesk.application.ticket.port.in;

import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.ticket.Priority;

import java.util.OptionalLong;

/** Re-prioritises a ticket, re-targeting its SLA clocks. */
public interface ChangeTicketPriorityUseCase {

    TicketDetails changePriority(Actor actor, TicketReference ticket, Priority priority, OptionalLong expectedVersion);
}
