package io.supportdesk.application.conversation.port.in;

import io.supportdesk.application.conversation.ChatConnectionId;

import java.util.Collection;

/** Keeps this instance's open connections counted as present, and forgets those of instances that died. */
public interface RefreshChatPresenceUseCase {

    void refresh(Collection<ChatConnectionId> open);
}
