package io.supportdesk.adapter.websocket.conversation;

import io.micronaut.http.HttpRequest;
import io.micronaut.websocket.WebSocketSession;
import io.micronaut.websocket.annotation.OnClose;
import io.micronaut.websocket.annotation.OnMessage;
import io.micronaut.websocket.annotation.OnOpen;
import io.micronaut.websocket.annotation.ServerWebSocket;

/**
 * The live conversation of one ticket: {@code /ws/tickets/{ticket}} with the ticket's id or number. Every handler
 * only hands the work to {@link ChatSockets}, which does it off the network threads.
 */
@ServerWebSocket("/ws/tickets/{ticket}")
public class TicketChatSocket {

    private final ChatSockets sockets;

    TicketChatSocket(ChatSockets sockets) {
        this.sockets = sockets;
    }

    @OnOpen
    public void onOpen(String ticket, WebSocketSession session, HttpRequest<?> request) {
        sockets.opened(session, ticket, request);
    }

    @OnMessage(maxPayloadLength = 65_536)
    public void onMessage(String message, WebSocketSession session) {
        sockets.received(session, message);
    }

    @OnClose
    public void onClose(WebSocketSession session) {
        sockets.closed(session);
    }
}
