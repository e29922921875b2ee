package io.supportdesk.adapter.websocket.conversation;

/** How many chat sockets this instance holds open now, for its metrics. */
public interface OpenChatSockets {

    int count();
}
