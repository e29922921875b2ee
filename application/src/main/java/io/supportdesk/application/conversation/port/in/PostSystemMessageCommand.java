package io.supportdesk.application.conversation.port.in;

import io.supportdesk.application.ticket.port.in.TicketReference;
import io.supportdesk.domain.conversation.CommentBody;
import io.supportdesk.domain.identity.Actor;

import java.util.Objects;

public record PostSystemMessageCommand(Actor author, TicketReference ticket, CommentBody body) {

    public PostSystemMessageCommand {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(body, "body");
    }
}
