package io.supportdesk.application.conversation.port.in;

import io.supportdesk.application.ticket.port.in.TicketReference;
import io.supportdesk.domain.ticket.Channel;
import io.supportdesk.domain.conversation.CommentBody;
import io.supportdesk.domain.identity.Actor;

import java.util.Objects;

/** Add a message to a ticket's conversation, from the web API or the live chat. */
public record AddCommentCommand(Actor author, TicketReference ticket, CommentBody body, boolean internal,
                                Channel channel) {

    public AddCommentCommand {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(channel, "channel");
    }
}
