package io.supportdesk.application.conversation.port.in;

import io.supportdesk.application.conversation.ChatConnectionId;
import io.supportdesk.application.ticket.port.in.TicketReference;
import io.supportdesk.domain.identity.Actor;

import java.util.Objects;

public record OpenChatCommand(Actor actor, TicketReference ticket, ChatConnectionId connection) {

    public OpenChatCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(connection, "connection");
    }
}
