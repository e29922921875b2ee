package io.supportdesk.adapter.websocket.conversation;

/**
 * The close codes the chat defines (4000–4999, the range RFC 6455 leaves to applications), modelled on the HTTP
 * statuses a REST client already knows. The standard ones (1001, 1008, 1009, 1011, 1013) are used as RFC 6455 names them.
 */
final class ChatCloseCodes {

    /** The server is shutting down: reconnect (to another instance, or this one restarted) with {@code since}. */
    static final int GOING_AWAY = 1001;
    /** Over the socket's frame budget ({@code CHAT_RATE_FRAMES}): a flood, not a conversation. */
    static final int POLICY_VIOLATION = 1008;
    static final int UNAUTHENTICATED = 4401;
    /** The ticket is unknown or not the caller's to see: indistinguishable, as in REST. */
    static final int NOT_FOUND = 4404;
    static final int IDLE = 4408;
    /** Over the per-user or per-ticket socket limit: the client should reuse a socket, not open another. */
    static final int TOO_MANY = 4429;

    private ChatCloseCodes() {
    }
}
