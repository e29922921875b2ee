package io.supportdesk.application.identity.port.out;

import io.supportdesk.application.identity.port.in.AssignedTicket;
import io.supportdesk.domain.identity.UserId;

import java.util.List;

/** The open tickets (any status but resolved and closed) assigned to one person, most recently updated first. */
public interface AssignedTickets {

    List<AssignedTicket> openTicketsAssignedTo(UserId assignee, int limit);
}
