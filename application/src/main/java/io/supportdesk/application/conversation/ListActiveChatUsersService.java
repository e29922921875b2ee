package io.supportdesk.application.conversation;

import io.supportdesk.application.conversation.port.in.ListActiveChatUsersUseCase;
import io.supportdesk.application.conversation.port.out.ChatPresence;
import io.supportdesk.application.ticket.TicketAccess;
import io.supportdesk.application.ticket.port.in.TicketReference;
import io.supportdesk.application.ticket.port.out.TicketParticipants;
import io.supportdesk.application.ticket.port.out.TicketParticipants.Participant;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketId;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;

public final class ListActiveChatUsersService implements ListActiveChatUsersUseCase {

    private final TicketAccess access;
    private final ChatPresence presence;
    private final TicketParticipants participants;
    private final ChatPresenceWindow window;
    private final Clock clock;

    public ListActiveChatUsersService(TicketAccess access, ChatPresence presence, TicketParticipants participants,
                                      ChatPresenceWindow window, Clock clock) {
        this.access = access;
        this.presence = presence;
        this.participants = participants;
        this.window = window;
        this.clock = clock;
    }

    @Override
    public List<Participant> list(Actor actor, TicketReference reference) {
        Ticket ticket = access.loadReadable(actor, reference);
        return active(presence, participants, ticket.id(), window.liveSince(clock));
    }

    static List<Participant> active(ChatPresence presence, TicketParticipants participants, TicketId ticket,
                                    java.time.Instant liveSince) {
        List<UserId> ids = presence.present(ticket, liveSince);
        Map<UserId, Participant> found = participants.findAll(ids);
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }
}
