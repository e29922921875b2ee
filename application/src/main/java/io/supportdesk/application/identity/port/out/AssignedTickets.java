package io.supportdesk.application.identity.port.out;

import io.supportdesk.application.identity.port.in.AssignedTicket;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.TicketVisibility;

import java.util.List;

/** The open tickets (any status but resolved and closed) assigned to one person, most recently updated first. */
public interface AssignedTickets {

    /** @param visibility what the caller may read: another agent's queue shows only what the caller could open */
    List<AssignedTicket> openTicketsAssignedTo(UserId assignee, TicketVisibility visibility, int limit);
}
