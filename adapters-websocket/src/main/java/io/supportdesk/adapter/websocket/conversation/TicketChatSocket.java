package io.supportdesk.adapter.websocket.conversation;

import io.micronaut.websocket.annotation.ServerWebSocket;

/** The live conversation of one ticket: {@code /ws/tickets/{ticket}} with the ticket's id or number. */
@ServerWebSocket("/ws/tickets/{ticket}")
public class TicketChatSocket extends ChatSocketHandlers {

    TicketChatSocket(ChatSockets sockets) {
        super(sockets);
    }
}
