package io.supportdesk.application.conversation.port.in;

import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.ticket.TicketId;

import java.util.Objects;

/** {@code internal}: the typist is writing an internal note, which customers must not even see being typed. */
public record SignalTypingCommand(Actor actor, TicketId ticket, boolean typing, boolean internal) {

    public SignalTypingCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(ticket, "ticket");
    }
}
