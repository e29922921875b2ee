package io.supportdesk.application.ticket.port.in;

import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.ticket.TicketId;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * One action for up to {@value #MAX_TICKETS} tickets, each named once, applied to each ticket's current version
 * (there is no If-Match per ticket).
 */
public record BulkChangeTicketsCommand(Actor actor, List<TicketId> tickets, BulkTicketAction action) {

    public static final int MAX_TICKETS = 100;

    public BulkChangeTicketsCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        tickets = List.copyOf(tickets);
        if (tickets.isEmpty() || tickets.size() > MAX_TICKETS) {
            throw new IllegalArgumentException("between 1 and " + MAX_TICKETS + " tickets, got " + tickets.size());
        }
        if (new HashSet<>(tickets).size() != tickets.size()) {
            throw new IllegalArgumentException("each ticket may be named only once");
        }
    }
}
