package io.supportdesk.application.conversation;

import io.supportdesk.application.conversation.ChatSignal.PresenceChanged;
import io.supportdesk.application.conversation.port.in.LeaveChatCommand;
import io.supportdesk.application.conversation.port.in.LeaveChatUseCase;
import io.supportdesk.application.conversation.port.out.ChatBroadcast;
import io.supportdesk.application.conversation.port.out.ChatPresence;
import io.supportdesk.application.port.out.UnitOfWork;

import java.time.Clock;

public final class LeaveChatService implements LeaveChatUseCase {

    private final ChatPresence presence;
    private final ChatBroadcast broadcast;
    private final UnitOfWork unitOfWork;
    private final ChatPresenceWindow window;
    private final Clock clock;

    public LeaveChatService(ChatPresence presence, ChatBroadcast broadcast, UnitOfWork unitOfWork,
                            ChatPresenceWindow window, Clock clock) {
        this.presence = presence;
        this.broadcast = broadcast;
        this.unitOfWork = unitOfWork;
        this.window = window;
        this.clock = clock;
    }

    @Override
    public void leave(LeaveChatCommand command) {
        unitOfWork.run(() -> {
            presence.leave(command.connection());
            if (presence.connections(command.ticket(), command.actor().id(), window.liveSince(clock)) == 0) {
                broadcast.announce(new PresenceChanged(command.ticket(), command.actor().id(), false));
            }
        });
    }
}
