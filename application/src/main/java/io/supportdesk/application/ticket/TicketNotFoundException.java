package io.supportdesk.application.ticket;

/** No ticket with that id or number — or none the caller may see, which must look exactly the same. */
public final class TicketNotFoundException extends RuntimeException {

    public TicketNotFoundException(String reference) {
        super("ticket " + reference + " not found");
    }
}
