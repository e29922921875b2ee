package io.supportdesk.domain.ticket;

/** Identifies a ticket; handed out by a generator before the ticket is opened, so every event can carry it. */
public record TicketId(long value) {

    public TicketId {
        if (value <= 0) {
            throw new IllegalArgumentException("ticket id must be positive, was " + value);
        }
    }
}
