package io.supportdesk.application.identity.port.in;

import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketNumber;
import io.supportdesk.domain.ticket.TicketStatus;

import java.time.Instant;
import java.util.Objects;

/** A line of an agent's queue: enough to recognise the ticket and open it through the ticket API. */
public record AssignedTicket(TicketId id, TicketNumber number, String title, TicketStatus status, Priority priority,
                             Instant updatedAt) {

    public AssignedTicket {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
