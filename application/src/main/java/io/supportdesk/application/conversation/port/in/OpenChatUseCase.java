package io.supportdesk.application.conversation.port.in;

/**
 * Opens a live chat connection on a ticket the caller may read, and records them as present; their first
 * connection to the ticket announces that they joined.
 *
 * @throws io.supportdesk.application.ticket.TicketNotFoundException for an unknown ticket or one they may not read
 */
public interface OpenChatUseCase {

    ChatOpened open(OpenChatCommand command);
}
