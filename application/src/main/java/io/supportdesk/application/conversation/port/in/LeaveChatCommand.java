package io.supportdesk.application.conversation.port.in;

import io.supportdesk.application.conversation.ChatConnectionId;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.ticket.TicketId;

import java.util.Objects;

public record LeaveChatCommand(Actor actor, TicketId ticket, ChatConnectionId connection) {

    public LeaveChatCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(connection, "connection");
    }
}
