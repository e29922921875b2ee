package io.supportdesk.application.ticket;

import io.supportdesk.domain.ticket.TicketId;

/** The ticket changed since the caller read it; they must reload and decide again. */
public final class StaleTicketException extends RuntimeException {

    private final transient TicketId ticketId;

    /** The caller's {@code If-Match} (or {@code version}) is not the version they would be shown now. */
    public StaleTicketException(TicketId ticketId, long expectedVersion) {
        super("ticket " + ticketId.value() + " was changed by someone else (expected version " + expectedVersion + ")");
        this.ticketId = ticketId;
    }

    /**
     * Someone else saved the ticket between this change's read and its write. No version is named: which one the
     * caller was shown depends on who they are, and persistence does not know.
     */
    public StaleTicketException(TicketId ticketId) {
        super("ticket " + ticketId.value() + " was changed by someone else while this change was being made");
        this.ticketId = ticketId;
    }

    public TicketId ticketId() {
        return ticketId;
    }
}
