package io.supportdesk.adapter.websocket.conversation;

import io.micronaut.http.HttpRequest;
import io.micronaut.websocket.WebSocketSession;
import io.micronaut.websocket.annotation.OnClose;
import io.micronaut.websocket.annotation.OnMessage;
import io.micronaut.websocket.annotation.OnOpen;
import io.micronaut.websocket.annotation.ServerWebSocket;

/** {@code /ws/chat/{ticket}}: the same chat as {@link TicketChatSocket}, under the name older clients use. */
@ServerWebSocket("/ws/chat/{ticket}")
public class ChatAliasSocket {

    private final ChatSockets sockets;

    ChatAliasSocket(ChatSockets sockets) {
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
