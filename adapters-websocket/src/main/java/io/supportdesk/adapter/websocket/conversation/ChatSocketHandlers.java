package io.supportdesk.adapter.websocket.conversation;

import io.micronaut.http.HttpRequest;
import io.micronaut.websocket.WebSocketSession;
import io.micronaut.websocket.annotation.OnClose;
import io.micronaut.websocket.annotation.OnMessage;
import io.micronaut.websocket.annotation.OnOpen;

/**
 * The handlers every chat path shares: each only hands the work to {@link ChatSockets}, which does it off the
 * network threads. Subclasses add nothing but their path.
 */
abstract class ChatSocketHandlers {

    private final ChatSockets sockets;

    ChatSocketHandlers(ChatSockets sockets) {
        this.sockets = sockets;
    }

    @OnOpen
    public void onOpen(String ticket, WebSocketSession session, HttpRequest<?> request) {
        sockets.opened(session, ticket, request);
    }

    @OnMessage(maxPayloadLength = ChatMessageSizeLimit.MAX_MESSAGE_BYTES)
    public void onMessage(String message, WebSocketSession session) {
        sockets.received(session, message);
    }

    @OnClose
    public void onClose(WebSocketSession session) {
        sockets.closed(session);
    }
}
