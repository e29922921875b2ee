package io.supportdesk.application.ticket;

import io.supportdesk.application.ticket.port.out.TicketParticipants;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;

class InMemoryTicketParticipantsTest extends TicketParticipantsContract {

    private final InMemoryTicketParticipants participants = new InMemoryTicketParticipants();

    @Override
    protected TicketParticipants participants() {
        return participants;
    }

    @Override
    protected UserId aPerson(Role role, String fullName, String normalisedEmail) {
        return participants.register(role, fullName, normalisedEmail).id();
    }

    @Override
    protected void deactivate(UserId id) {
        participants.deactivate(id);
    }
}
