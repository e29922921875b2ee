package io.supportdesk.application.ticket.port.in;

import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.UserId;

import java.util.OptionalLong;

/** Gives a ticket to an active agent or manager; agents may only take tickets themselves. */
public interface AssignTicketUseCase {

    TicketDetails assign(Actor actor, TicketReference ticket, UserId assignee, OptionalLong expectedVersion);
}
