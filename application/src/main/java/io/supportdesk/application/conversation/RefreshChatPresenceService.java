package io.supportdesk.application.conversation;

import io.supportdesk.application.conversation.port.in.RefreshChatPresenceUseCase;
import io.supportdesk.application.conversation.port.out.ChatPresence;

import java.time.Clock;
import java.util.Collection;

public final class RefreshChatPresenceService implements RefreshChatPresenceUseCase {

    /** Entries this far past the window are surely dead; they are only kept that long to be seen in diagnostics. */
    private static final int FORGET_AFTER_WINDOWS = 10;

    private final ChatPresence presence;
    private final ChatPresenceWindow window;
    private final Clock clock;

    public RefreshChatPresenceService(ChatPresence presence, ChatPresenceWindow window, Clock clock) {
        this.presence = presence;
        this.window = window;
        this.clock = clock;
    }

    @Override
    public void refresh(Collection<ChatConnectionId> open) {
        if (!open.isEmpty()) {
            presence.refresh(open, clock.instant());
        }
        presence.forget(clock.instant().minus(window.timeout().multipliedBy(FORGET_AFTER_WINDOWS)));
    }
}
