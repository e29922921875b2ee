package io.supportdesk.application.conversation;

import java.util.Objects;
import java.util.UUID;

/** One open chat socket, on whichever instance holds it; a person may have several (tabs, devices). */
public record ChatConnectionId(UUID value) {

    public ChatConnectionId {
        Objects.requireNonNull(value, "value");
    }

    public static ChatConnectionId random() {
        return new ChatConnectionId(UUID.randomUUID());
    }
}
