package io.supportdesk.application.conversation.port.in;

import io.supportdesk.application.ticket.port.in.TicketReference;
import io.supportdesk.application.ticket.port.out.TicketParticipants.Participant;
import io.supportdesk.domain.identity.Actor;

import java.util.List;

/** Who has the ticket's chat open right now, on any instance. */
public interface ListActiveChatUsersUseCase {

    List<Participant> list(Actor actor, TicketReference ticket);
}
