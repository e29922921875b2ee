package io.supportdesk.application.ticket.port.in;

import java.util.Objects;

/** A ticket a search found, described for the caller, with what matched. */
public record TicketHit(TicketDetails ticket, TextMatch match) {

    public TicketHit {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(match, "match");
    }
}
