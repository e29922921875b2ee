package io.supportdesk.application.conversation.port.in;

import io.supportdesk.application.conversation.ChatSignal;

/**
 * Turns a signal received from the shared database into what this instance's followers of the ticket are shown:
 * loads the message, ticket or person it names (once, and only if someone here follows the ticket) and hands it
 * to the live connections.
 */
public interface RelayTicketNotificationUseCase {

    void relay(ChatSignal signal);
}
