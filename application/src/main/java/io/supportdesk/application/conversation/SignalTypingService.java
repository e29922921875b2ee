package io.supportdesk.application.conversation;

import io.supportdesk.application.conversation.ChatSignal.Typing;
import io.supportdesk.application.conversation.port.in.SignalTypingCommand;
import io.supportdesk.application.conversation.port.in.SignalTypingUseCase;
import io.supportdesk.application.conversation.port.out.ChatBroadcast;
import io.supportdesk.domain.ticket.TicketPermissions;

/** Typing is announced, never stored; a customer's "internal" typing is plain typing, as they cannot write notes. */
public final class SignalTypingService implements SignalTypingUseCase {

    private final ChatBroadcast broadcast;

    public SignalTypingService(ChatBroadcast broadcast) {
        this.broadcast = broadcast;
    }

    @Override
    public void signal(SignalTypingCommand command) {
        boolean internal = command.internal() && TicketPermissions.canSeeInternalNotes(command.actor());
        broadcast.announce(new Typing(command.ticket(), command.actor().id(), command.typing(), internal));
    }
}
