package io.supportdesk.application.ticket;

import io.supportdesk.domain.ticket.TicketId;

/** The ticket changed since the caller read it; they must reload and decide again. */
public final class StaleTicketException extends RuntimeException {

    private final transient TicketId ticketId;
    private final long expectedVersion;

    public StaleTicketException(TicketId ticketId, long expectedVersion) {
        super("ticket " + ticketId.value() + " was changed by someone else (expected version " + expectedVersion + ")");
        this.ticketId = ticketId;
        this.expectedVersion = expectedVersion;
    }

    public TicketId ticketId() {
        return ticketId;
    }

    public long expectedVersion() {
        return expectedVersion;
    }
}
