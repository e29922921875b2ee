package io.supportdesk.application.assignment.port.in;

import io.supportdesk.application.ticket.port.in.TicketDetails;

/** Either the ticket went to an agent, or nobody could take it and it stays in the queue. */
public sealed interface AutoAssignResult {

    TicketDetails ticket();

    record Assigned(TicketDetails ticket) implements AutoAssignResult {
    }

    record LeftInQueue(TicketDetails ticket, String reason) implements AutoAssignResult {
    }
}
