package io.supportdesk.application.identity;

import io.supportdesk.application.identity.port.out.SocketTickets;
import io.supportdesk.domain.identity.UserId;

class InMemorySocketTicketsTest extends SocketTicketsContract {

    private final InMemorySocketTickets tickets = new InMemorySocketTickets();

    @Override
    protected SocketTickets tickets() {
        return tickets;
    }

    @Override
    protected UserId existingUser() {
        return new UserId(42);
    }
}
