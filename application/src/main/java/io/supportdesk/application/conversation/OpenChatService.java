package io.supportdesk.application.conversation;

import io.supportdesk.application.conversation.ChatSignal.PresenceChanged;
import io.supportdesk.application.conversation.port.in.ChatOpened;
import io.supportdesk.application.conversation.port.in.OpenChatCommand;
import io.supportdesk.application.conversation.port.in.OpenChatUseCase;
import io.supportdesk.application.conversation.port.out.ChatBroadcast;
import io.supportdesk.application.conversation.port.out.ChatPresence;
import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.ticket.TicketAccess;
import io.supportdesk.application.ticket.port.out.TicketParticipants;
import io.supportdesk.domain.ticket.Ticket;

import java.time.Clock;

public final class OpenChatService implements OpenChatUseCase {

    private final TicketAccess access;
    private final TicketParticipants participants;
    private final ChatPresence presence;
    private final ChatBroadcast broadcast;
    private final UnitOfWork unitOfWork;
    private final ChatPresenceWindow window;
    private final Clock clock;

    public OpenChatService(TicketAccess access, TicketParticipants participants, ChatPresence presence,
                           ChatBroadcast broadcast, UnitOfWork unitOfWork, ChatPresenceWindow window, Clock clock) {
        this.access = access;
        this.participants = participants;
        this.presence = presence;
        this.broadcast = broadcast;
        this.unitOfWork = unitOfWork;
        this.window = window;
        this.clock = clock;
    }

    @Override
    public ChatOpened open(OpenChatCommand command) {
        return unitOfWork.inTransaction(() -> {
            Ticket ticket = access.loadReadable(command.actor(), command.ticket());
            var participant = participants.find(command.actor().id())
                    .orElseThrow(() -> new IllegalStateException("authenticated user " + command.actor().id().value()
                            + " does not exist"));
            presence.join(command.connection(), ticket.id(), command.actor().id(), clock.instant());
            if (presence.connections(ticket.id(), command.actor().id(), window.liveSince(clock)) == 1) {
                broadcast.announce(new PresenceChanged(ticket.id(), command.actor().id(), true));
            }
            return new ChatOpened(ticket.id(), ticket.number(), participant);
        });
    }
}
