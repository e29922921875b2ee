package io.supportdesk.application.ticket;

/**
 * Another change has held the ticket for longer than a change may wait for it (the database's lock bound): nothing
 * was changed, and the same request is likely to succeed in a moment.
 */
public final class TicketBusyException extends RuntimeException {

    /** {@code ticket}: the id or number the change asked for, as the caller named it. */
    public TicketBusyException(String ticket) {
        super("ticket " + ticket + " is being changed by someone else");
    }
}
