package io.supportdesk.application.conversation.port.out;

import io.supportdesk.application.conversation.ChatConnectionId;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.TicketId;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Who has a chat open on which ticket, across every instance. Each open connection is one entry, kept alive by
 * {@link #refresh}; an entry not refreshed since a cut-off counts as gone (its instance died without saying so).
 */
public interface ChatPresence {

    void join(ChatConnectionId connection, TicketId ticket, UserId user, Instant at);

    void leave(ChatConnectionId connection);

    /** How many live connections the person has on the ticket. */
    int connections(TicketId ticket, UserId user, Instant liveSince);

    /** The people with at least one live connection to the ticket, in the order they first arrived. */
    List<UserId> present(TicketId ticket, Instant liveSince);

    void refresh(Collection<ChatConnectionId> connections, Instant at);

    /** Drops entries not refreshed since {@code before}; returns how many. */
    int forget(Instant before);
}
