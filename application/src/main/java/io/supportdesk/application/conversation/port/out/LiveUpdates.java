package io.supportdesk.application.conversation.port.out;

import io.supportdesk.domain.ticket.TicketId;

/**
 * The live connections of this instance (the chat sockets): where relayed signals end up. Implementations must
 * not block: a slow reader is theirs to drop, never the relay's to wait for.
 */
public interface LiveUpdates {

    /** Whether anyone on this instance follows the ticket; nothing is loaded for tickets nobody follows. */
    boolean following(TicketId ticket);

    void deliver(LiveUpdate update);

    /** Signals may have been lost; every follower must catch up from what is stored. */
    void resynchronise();
}
