package io.supportdesk.adapter.websocket.conversation;

import io.micronaut.websocket.annotation.ServerWebSocket;

/** {@code /ws/chat/{ticket}}: the same chat as {@link TicketChatSocket}, under the second name the API promises. */
@ServerWebSocket("/ws/chat/{ticket}")
public class ChatAliasSocket extends ChatSocketHandlers {

    ChatAliasSocket(ChatSockets sockets) {
        super(sockets);
    }
}
