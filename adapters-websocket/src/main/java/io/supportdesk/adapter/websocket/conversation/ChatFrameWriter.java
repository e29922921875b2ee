package io.supportdesk.adapter.websocket.conversation;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;

/** Turns frames into text once, however many sockets get them. */
@Singleton
final class ChatFrameWriter {

    private final JsonMapper json;

    ChatFrameWriter(JsonMapper json) {
        this.json = json;
    }

    String write(Object frame) {
        try {
            return json.writeValueAsString(frame);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write chat frame " + frame.getClass().getSimpleName(), e);
        }
    }

    void send(ChatConnection connection, Object frame) {
        connection.send(write(frame));
    }

    void error(ChatConnection connection, String code, String message) {
        send(connection, new ChatFrames.Error(code, message));
    }

    /** An error about one message, naming the client's id for it so the client knows which to resend. */
    void error(ChatConnection connection, String code, String message, String clientId, boolean retryable) {
        send(connection, new ChatFrames.Error("error", code, message, clientId, retryable));
    }
}
